// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "static_files.hpp"

#include <sodium.h>

#include <fstream>
#include <sstream>

namespace civiq::net {
namespace {

namespace fs = std::filesystem;

// Everything the page loads comes from this server: no third-party requests, and no inline code
// except the page's own <style> blocks, allowed by their hashes (inlining the stylesheet saves a
// round trip before the first paint on slow mobile networks).
std::string content_security_policy(const std::string& style_hashes) {
  return "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'" + style_hashes +
         "; script-src 'self'; media-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";
}

// " 'sha256-…'" for every <style>…</style> block of an HTML document.
std::string inline_style_hashes(const std::string& html) {
  std::string hashes;
  for (auto open = html.find("<style>"); open != std::string::npos; open = html.find("<style>", open + 1)) {
    const auto start = open + std::string_view("<style>").size();
    const auto end = html.find("</style>", start);
    if (end == std::string::npos) break;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(html.data() + start), end - start);
    char base64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(base64, sizeof base64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
    hashes += " 'sha256-" + std::string(base64) + "'";
  }
  return hashes;
}

std::string content_type_of(const fs::path& path) {
  static const std::map<std::string, std::string> kTypes{{".html", "text/html; charset=utf-8"},
                                                         {".css", "text/css; charset=utf-8"},
                                                         {".js", "text/javascript; charset=utf-8"},
                                                         {".json", "application/json"},
                                                         {".svg", "image/svg+xml"},
                                                         {".png", "image/png"},
                                                         {".ico", "image/x-icon"},
                                                         {".wav", "audio/wav"},
                                                         {".mp3", "audio/mpeg"},
                                                         {".webmanifest", "application/manifest+json"}};
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
  if (!fs::is_directory(root, ec)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".gz") continue;
    File file{content_type_of(entry.path()), read_file(entry.path()), std::nullopt, {}};
    file.csp = content_security_policy(entry.path().extension() == ".html" ? inline_style_hashes(file.plain) : "");
    const fs::path gz = entry.path().string() + ".gz";
    if (fs::exists(gz, ec)) file.gzip = read_file(gz);
    files_.emplace(fs::relative(entry.path(), root).generic_string(), std::move(file));
  }
}

std::optional<HttpResponse> StaticFiles::response(const std::string& relative, bool accepts_gzip) const {
  const auto it = files_.find(relative);
  if (it == files_.end()) return std::nullopt;
  const File& file = it->second;
  HttpResponse response{200, file.content_type, file.plain, {}};
  if (accepts_gzip && file.gzip) {
    response.body = *file.gzip;
    response.headers.emplace_back("Content-Encoding", "gzip");
  }
  response.headers.emplace_back("Vary", "Accept-Encoding");
  response.headers.emplace_back("Content-Security-Policy", file.csp);
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cache-Control", relative.ends_with(".html") ? "no-cache" : "public, max-age=300");
  return response;
}

std::optional<HttpResponse> StaticFiles::response(const std::string& relative, const HttpRequest& request) const {
  const auto accepted = request.header("accept-encoding");
  return response(relative, accepted && accepted->find("gzip") != std::string_view::npos);
}

fs::path find_web_root(const fs::path& build_copy, std::string_view share_folder, const fs::path& installed) {
  std::error_code ec;
  if (fs::is_directory(build_copy, ec)) return build_copy;
  // Installed: bin/PROGRAM next to share/…, wherever the prefix is.
  const fs::path beside_binary = fs::read_symlink("/proc/self/exe", ec).parent_path().parent_path() / share_folder;
  if (!ec && fs::is_directory(beside_binary, ec)) return beside_binary;
  return installed;
}

}  // namespace civiq::net
