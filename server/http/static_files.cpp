#include "static_files.hpp"

#include <fstream>
#include <sstream>

#include "app/log.hpp"

namespace civiq::http {
namespace {

namespace fs = std::filesystem;

// Everything the page loads comes from this server: no third-party requests, no inline code.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "media-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";

std::string content_type_of(const fs::path& path) {
  static const std::map<std::string, std::string> kTypes{
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".ico", "image/x-icon"},
      {".wav", "audio/wav"}, {".mp3", "audio/mpeg"}, {".webmanifest", "application/manifest+json"}};
  const auto it = kTypes.find(path.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  if (root.empty()) return;
  if (!fs::is_directory(root, ec)) {
    app::log("warning: web root {} not found; the live-ticket page is not served", root.string());
    return;
  }
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".gz") continue;
    File file{content_type_of(entry.path()), read_file(entry.path()), std::nullopt};
    const fs::path gz = entry.path().string() + ".gz";
    if (fs::exists(gz, ec)) file.gzip = read_file(gz);
    files_.emplace(fs::relative(entry.path(), root).generic_string(), std::move(file));
  }
}

std::optional<net::HttpResponse> StaticFiles::response(const std::string& relative, bool accepts_gzip) const {
  const auto it = files_.find(relative);
  if (it == files_.end()) return std::nullopt;
  const File& file = it->second;
  net::HttpResponse response{200, file.content_type, file.plain, {}};
  if (accepts_gzip && file.gzip) {
    response.body = *file.gzip;
    response.headers.emplace_back("Content-Encoding", "gzip");
  }
  response.headers.emplace_back("Vary", "Accept-Encoding");
  response.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cache-Control", relative == "index.html" ? "no-cache" : "public, max-age=300");
  return response;
}

fs::path default_web_root() {
  std::error_code ec;
  if (fs::is_directory(CIVIQ_BUILD_WEB_ROOT, ec)) return CIVIQ_BUILD_WEB_ROOT;
  return CIVIQ_INSTALLED_WEB_ROOT;
}

}  // namespace civiq::http
