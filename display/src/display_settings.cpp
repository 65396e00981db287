#include "display_settings.hpp"

#include <QCommandLineParser>
#include <algorithm>
#include <QFile>
#include <QRegularExpression>
#include <toml++/toml.h>

namespace civiq::display {
namespace {

constexpr auto kDefaultConfig = "/etc/civiq/display.toml";

[[noreturn]] void fail(const QString& source, const toml::node* node, const QString& key, const QString& what) {
  QString where = source;
  if (node && node->source().begin) where += QStringLiteral(":%1").arg(node->source().begin.line);
  throw DisplaySettingsError((where + QStringLiteral(": ") + key + QStringLiteral(" ") + what).toStdString());
}

DisplayLayout parseLayout(const QString& text, const std::function<void()>& onError) {
  if (text == QLatin1String("auto")) return DisplayLayout::Auto;
  if (text == QLatin1String("landscape")) return DisplayLayout::Landscape;
  if (text == QLatin1String("portrait")) return DisplayLayout::Portrait;
  onError();
  return DisplayLayout::Auto;
}

QString readToken(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw DisplaySettingsError((path + QStringLiteral(": cannot read the display token: ") + file.errorString()).toStdString());
  return QString::fromUtf8(file.readAll()).trimmed();
}

// A TOML section with typed getters that name the key and line of a wrong value.
class Section {
 public:
  Section(const toml::table& root, const char* name, QString source) : name_(name), source_(std::move(source)) {
    const toml::node* node = root.get(name);
    if (node && !node->is_table()) fail(source_, node, name_, QStringLiteral("must be a table"));
    table_ = node ? node->as_table() : nullptr;
  }
  void string(const char* key, QString& out) const {
    if (const auto* node = get(key)) {
      const auto value = node->value<std::string>();
      if (!value) fail(source_, node, path(key), QStringLiteral("must be a string"));
      out = QString::fromStdString(*value);
    }
  }
  void boolean(const char* key, bool& out) const {
    if (const auto* node = get(key)) {
      if (!node->is_boolean()) fail(source_, node, path(key), QStringLiteral("must be true or false"));
      out = node->as_boolean()->get();
    }
  }
  void integer(const char* key, int& out, int min, int max) const {
    if (const auto* node = get(key)) {
      const auto value = node->value<std::int64_t>();
      if (!node->is_integer() || !value || *value < min || *value > max)
        fail(source_, node, path(key), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
      out = static_cast<int>(*value);
    }
  }
  void ids(const char* key, QSet<int>& out) const {
    if (const auto* node = get(key)) {
      const auto* list = node->as_array();
      if (!list) fail(source_, node, path(key), QStringLiteral("must be a list of ids like [1, 2]"));
      out.clear();
      for (const auto& item : *list) {
        const auto value = item.value<std::int64_t>();
        if (!item.is_integer() || !value || *value < 1 || *value > 1'000'000)
          fail(source_, &item, path(key), QStringLiteral("must be a list of ids like [1, 2]"));
        out.insert(static_cast<int>(*value));
      }
    }
  }
  // A misspelt key ("mute" for "muted") would silently do nothing: refuse what is not known.
  void onlyKeys(std::initializer_list<std::string_view> known) const {
    if (!table_) return;
    for (const auto& [key, node] : *table_)
      if (std::find(known.begin(), known.end(), key.str()) == known.end())
        fail(source_, &node, path(std::string(key.str()).c_str()), QStringLiteral("is not a known setting"));
  }
  [[nodiscard]] const toml::node* get(const char* key) const { return table_ ? table_->get(key) : nullptr; }
  [[nodiscard]] QString path(const char* key) const { return QString::fromUtf8(name_) + '.' + QString::fromUtf8(key); }
  [[nodiscard]] const QString& source() const { return source_; }

 private:
  const char* name_;
  QString source_;
  const toml::table* table_ = nullptr;
};

QSet<int> parseIdList(const QString& text, const QString& flag) {
  QSet<int> ids;
  for (const auto& part : text.split(',', Qt::SkipEmptyParts)) {
    bool ok = false;
    const int id = part.trimmed().toInt(&ok);
    if (!ok || id < 1)
      throw DisplaySettingsError(("--" + flag + ": expected ids like 1,2, got \"" + text + "\"").toStdString());
    ids.insert(id);
  }
  return ids;
}

void checkLanguage(const QString& code, const QString& where) {
  static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}$"));
  if (!valid.match(code).hasMatch())
    throw DisplaySettingsError((where + QStringLiteral(": language codes look like \"de\", got \"") + code + '"').toStdString());
}

QUrl parseServerUrl(const QString& text, const QString& where) {
  const QUrl url(text, QUrl::StrictMode);
  if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
    throw DisplaySettingsError((where + QStringLiteral(": the server must look like http://10.0.0.5:8080, got \"") + text + '"').toStdString());
  return url;
}

}  // namespace

DisplaySettings parseDisplayConfig(const QString& tomlText, const QString& source, DisplaySettings base) {
  toml::table root;
  try {
    root = toml::parse(tomlText.toStdString(), source.toStdString());
  } catch (const toml::parse_error& error) {
    throw DisplaySettingsError((source + QStringLiteral(":%1: %2").arg(error.source().begin.line).arg(QString::fromUtf8(error.description().data(), static_cast<qsizetype>(error.description().size())))).toStdString());
  }
  for (const auto& [key, node] : root)
    if (key != "server" && key != "screen" && key != "announcement")
      fail(source, &node, QString::fromStdString(std::string(key.str())), QStringLiteral("is not a known section (server, screen, announcement)"));

  DisplaySettings settings = std::move(base);
  const Section server(root, "server", source);
  server.onlyKeys({"url", "token_file"});
  QString url;
  server.string("url", url);
  if (!url.isEmpty()) settings.server = parseServerUrl(url, source + QStringLiteral(": server.url"));
  server.string("token_file", settings.tokenFile);

  const Section screen(root, "screen", source);
  screen.onlyKeys({"layout", "counters", "services", "recent_calls", "highlight_s", "offline_after_s", "full_screen"});
  QString layout;
  screen.string("layout", layout);
  if (!layout.isEmpty())
    settings.layout = parseLayout(layout, [&] {
      fail(source, screen.get("layout"), QStringLiteral("screen.layout"), QStringLiteral("must be auto, landscape or portrait"));
    });
  screen.ids("counters", settings.counters);
  screen.ids("services", settings.services);
  screen.integer("recent_calls", settings.recentCalls, 1, 30);
  screen.integer("highlight_s", settings.highlightSeconds, 1, 600);
  screen.integer("offline_after_s", settings.offlineAfterSeconds, 1, 600);
  screen.boolean("full_screen", settings.fullScreen);

  const Section announcement(root, "announcement", source);
  announcement.onlyKeys({"language", "template", "muted", "voice"});
  announcement.string("language", settings.language);
  checkLanguage(settings.language, source + QStringLiteral(": announcement.language"));
  announcement.string("template", settings.announcementTemplate);
  if (!settings.announcementTemplate.isEmpty() && !settings.announcementTemplate.contains(QLatin1String("{number}")))
    fail(source, announcement.get("template"), QStringLiteral("announcement.template"), QStringLiteral("must contain {number}"));
  announcement.boolean("muted", settings.muted);
  announcement.string("voice", settings.voice);
  return settings;
}

DisplaySettings parseDisplaySettings(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("civiq waiting-room display: calls numbers with a gong and a spoken announcement"));
  parser.addHelpOption();
  const QCommandLineOption config({QStringLiteral("config")}, QStringLiteral("TOML settings (default %1 if it exists)").arg(QLatin1String(kDefaultConfig)), QStringLiteral("file"));
  const QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("branch server URL"), QStringLiteral("url"));
  const QCommandLineOption tokenFile({QStringLiteral("token-file")}, QStringLiteral("file holding the display's device token"), QStringLiteral("file"));
  const QCommandLineOption layout({QStringLiteral("layout")}, QStringLiteral("auto, landscape or portrait"), QStringLiteral("layout"));
  const QCommandLineOption counters({QStringLiteral("counters")}, QStringLiteral("only these counters, e.g. 1,2"), QStringLiteral("ids"));
  const QCommandLineOption services({QStringLiteral("services")}, QStringLiteral("only these services, e.g. 1,3"), QStringLiteral("ids"));
  const QCommandLineOption language({QStringLiteral("language")}, QStringLiteral("language of screen and announcements (de, en, pl, cs)"), QStringLiteral("code"));
  const QCommandLineOption mute({QStringLiteral("mute")}, QStringLiteral("no gong and no speech"));
  const QCommandLineOption windowed({QStringLiteral("windowed")}, QStringLiteral("a window instead of full screen"));
  parser.addOptions({config, server, tokenFile, layout, counters, services, language, mute, windowed});
  if (!parser.parse(arguments)) throw DisplaySettingsError(parser.errorText().toStdString());
  if (parser.isSet(QStringLiteral("help"))) throw DisplaySettingsError(parser.helpText().toStdString());

  DisplaySettings settings;
  const QString configPath = parser.isSet(config) ? parser.value(config) : QString::fromLatin1(kDefaultConfig);
  QFile file(configPath);
  if (file.open(QIODevice::ReadOnly)) {
    settings = parseDisplayConfig(QString::fromUtf8(file.readAll()), configPath);
  } else if (parser.isSet(config)) {
    throw DisplaySettingsError((configPath + QStringLiteral(": cannot be read: ") + file.errorString()).toStdString());
  }
  if (parser.isSet(server)) settings.server = parseServerUrl(parser.value(server), QStringLiteral("--server"));
  // Read once the flags are known: --token-file wins over a config's token file that may not exist yet.
  if (parser.isSet(tokenFile)) settings.tokenFile = parser.value(tokenFile);
  if (!settings.tokenFile.isEmpty()) settings.token = readToken(settings.tokenFile);
  if (parser.isSet(layout))
    settings.layout = parseLayout(parser.value(layout), [] { throw DisplaySettingsError("--layout: auto, landscape or portrait"); });
  if (parser.isSet(counters)) settings.counters = parseIdList(parser.value(counters), QStringLiteral("counters"));
  if (parser.isSet(services)) settings.services = parseIdList(parser.value(services), QStringLiteral("services"));
  if (parser.isSet(language)) {
    settings.language = parser.value(language);
    checkLanguage(settings.language, QStringLiteral("--language"));
  }
  if (parser.isSet(mute)) settings.muted = true;
  if (parser.isSet(windowed)) settings.fullScreen = false;
  return settings;
}

}  // namespace civiq::display
