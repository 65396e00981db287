#pragma once
// The one table from domain error codes to HTTP statuses and stable protocol error strings.
#include <string>

#include "domain/result.hpp"

namespace civiq::http {

struct HttpError {
  int status;
  const char* code;
};

[[nodiscard]] HttpError map_error(domain::ErrorCode code);

}  // namespace civiq::http
