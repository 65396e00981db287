// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Routes for office managers: the figures of a range of days as JSON, CSV and XLSX
// (docs/statistics.md). The request is checked on the office worker; the report is computed on the
// report worker, from its own database connection, and answered back on the office worker, so a
// year's report never delays a call at a counter.
#include <algorithm>
#include <filesystem>

#include "api_context.hpp"
#include "app/log.hpp"
#include "domain/local_time_text.hpp"
#include "report/csv_export.hpp"
#include "report/xlsx_export.hpp"
#include "responses.hpp"

namespace civiq::http {
namespace {

// A report that has not started within this long is answered 503: the worker is busy with others.
constexpr std::chrono::seconds kReportDeadline{30};

struct ReportRequest {
  domain::LocalDate first;
  domain::LocalDate last;
  std::string language;
};

std::optional<domain::LocalDate> day_param(const Call& call, std::string_view key, const Reply& reply) {
  const auto text = call.request.query_param(key);
  if (!text) {
    reply(error_response(ErrorCode::InvalidArgument, std::string(key) + ": required, a day like 2026-12-01"));
    return std::nullopt;
  }
  const auto day = domain::parse_local_date(*text);
  if (!day) reply(error_response(ErrorCode::InvalidArgument, std::string(key) + ": not a day like 2026-12-01"));
  return day;
}

// The range and language of a report, or a 400 saying what is wrong with them.
std::optional<ReportRequest> report_request(const ApiContext& ctx, const Call& call, const Reply& reply) {
  const auto first = day_param(call, "from", reply);
  if (!first) return std::nullopt;
  const auto last = day_param(call, "to", reply);
  if (!last) return std::nullopt;
  const auto days = (std::chrono::sys_days{*last} - std::chrono::sys_days{*first}).count() + 1;
  if (days < 1 || days > app::FigureReports::kMaxDays) {
    reply(error_response(ErrorCode::InvalidArgument,
                         "to: must be from `from` to 365 days after it (a report covers 1 to 366 days)"));
    return std::nullopt;
  }
  const std::string language(call.request.query_param("lang").value_or("de"));
  const auto& offered = ctx.config.languages;
  if (std::find(offered.begin(), offered.end(), language) == offered.end()) {
    reply(error_response(ErrorCode::InvalidArgument, "lang: not a language of this office"));
    return std::nullopt;
  }
  return ReportRequest{*first, *last, language};
}

net::HttpResponse download(std::string body, std::string content_type, const protocol::FiguresReport& report,
                           std::string_view extension) {
  net::HttpResponse response{200, std::move(content_type), std::move(body), {}};
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"civiq-" + report.office_id + "-" +
                                                           report.from + "-" + report.to + "." +
                                                           std::string(extension) + "\"");
  return response;
}

using Render = std::function<net::HttpResponse(const protocol::FiguresReport& report, const std::string& language)>;

// Checks the request here, computes and renders the report on the report worker, replies here.
void answer_report(ApiContext& ctx, const Call& call, const Reply& reply, Render render) {
  const auto request = report_request(ctx, call, reply);
  if (!request) return;
  auto reply_on_office = [&ctx, reply](net::HttpResponse response) {
    ctx.office_worker.post([reply, response = std::move(response)]() mutable { reply(std::move(response)); });
  };
  ctx.report_worker.post_before(
      app::SerialWorker::Clock::now() + kReportDeadline,
      [&ctx, request = *request, render = std::move(render), reply_on_office] {
        try {
          const auto today = domain::berlin_date(ctx.clock.now());
          reply_on_office(
              render(ctx.reports.report(request.first, request.last, request.language, today), request.language));
        } catch (const std::exception& error) {
          app::log("error: figures report: {}", error.what());
          reply_on_office(error_response(ErrorCode::Internal, "the report could not be made; nothing was changed"));
        }
      },
      [reply_on_office] {
        auto busy = error_response(ErrorCode::Busy, "other reports are being made; please try again shortly");
        busy.headers.emplace_back("Retry-After", "5");
        reply_on_office(std::move(busy));
      });
}

}  // namespace

void add_manage_routes(Router& router, ApiContext& ctx) {
  router.add(route::kFigures, Access::Manager, false, [&ctx](Call& call, Reply reply) {
    answer_report(ctx, call, reply,
                  [](const protocol::FiguresReport& report, const std::string&) { return json_response(200, report); });
  });
  router.add(route::kFiguresCsv, Access::Manager, false, [&ctx](Call& call, Reply reply) {
    answer_report(ctx, call, reply, [](const protocol::FiguresReport& report, const std::string& language) {
      return download(report::figures_csv(report.rows, language), "text/csv; charset=utf-8", report, "csv");
    });
  });
  router.add(route::kFiguresXlsx, Access::Manager, false, [&ctx](Call& call, Reply reply) {
    answer_report(ctx, call, reply, [](const protocol::FiguresReport& report, const std::string& language) {
      return download(report::figures_xlsx(report.rows, language, std::filesystem::temp_directory_path()),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report, "xlsx");
    });
  });
}

}  // namespace civiq::http
