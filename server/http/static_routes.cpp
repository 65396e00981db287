// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The live-ticket page: /t/{token} is the same page for every token (it asks the API about its
// token), /t/static/... its assets; / is the branch's start page (it asks /api/v1/health for the
// office). /manage is the manager's dashboard (manage-web/): the page is public, its data comes from
// the statistics routes with the manager's token. Served on the network thread: no office state is
// involved.
#include "api_context.hpp"
#include "responses.hpp"
#include "net/static_files.hpp"

namespace civiq::http {
namespace {

bool flat_name(const std::string& name) {
  return !name.empty() && name.front() != '.' &&
         name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") == std::string::npos;
}

void serve(const net::StaticFiles& files, const Call& call, const Reply& reply, const std::string& relative) {
  if (auto response = files.response(relative, call.request)) return reply(std::move(*response));
  reply(error_response(ErrorCode::NotFound, "no such file"));
}

Handler asset(const net::StaticFiles& files, std::string folder) {
  return [&files, folder = std::move(folder)](Call& call, Reply reply) {
    const std::string& name = call.params.at("file");
    if (!flat_name(name)) return reply(error_response(ErrorCode::NotFound, "no such file"));
    serve(files, call, reply, folder + name);
  };
}

Handler page(const net::StaticFiles& files, std::string name) {
  return [&files, name = std::move(name)](Call& call, Reply reply) { serve(files, call, reply, name); };
}

}  // namespace

void add_static_routes(Router& router, const net::StaticFiles& live_ticket, const net::StaticFiles& dashboard) {
  router.add(route::kStartPage, Access::Public, false, page(live_ticket, "start.html"), false);
  router.add(route::kLiveTicketPage, Access::Public, false, page(live_ticket, "index.html"), false);
  router.add(route::kLiveTicketAsset, Access::Public, false, asset(live_ticket, "static/"), false);
  router.add(route::kLiveTicketTranslation, Access::Public, false, asset(live_ticket, "static/i18n/"), false);
  router.add(route::kManagePage, Access::Public, false, page(dashboard, "index.html"), false);
  router.add(route::kManageAsset, Access::Public, false, asset(dashboard, "static/"), false);
  router.add(route::kManageTranslation, Access::Public, false, asset(dashboard, "static/i18n/"), false);
}

}  // namespace civiq::http
