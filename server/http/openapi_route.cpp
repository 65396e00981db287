// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// GET /api/v1/openapi.json: the machine-readable description of this API (OpenAPI 3.1). Public: it
// says nothing docs/api.md does not. Built once at startup (it only depends on the protocol
// definitions) and served on the network thread, since no office state is involved.
#include <memory>

#include "api_context.hpp"
#include "protocol/openapi.hpp"

namespace civiq::http {

void add_openapi_route(Router& router) {
  auto document = std::make_shared<const std::string>(protocol::openapi_document());
  router.add(
      route::kOpenApi, Access::Public, false,
      [document](Call&, Reply reply) {
        reply({200, "application/json", *document, {}});
      },
      false);
}

}  // namespace civiq::http
