// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The real announcer: a gong (qrc:/civiq/display/gong.wav through QSoundEffect), then the text
// spoken by QTextToSpeech (offline: speech-dispatcher + espeak-ng) in the wording's language.
// A broken sound system must never block the queue: a watchdog ends every announcement after
// kWatchdogTimeout, and without any audio output the announcement ends at once (logged once).
// Invariant: every announce() ends in exactly one finished() (the Announcer contract).
// Thread rule: GUI thread; the speech engine's callbacks arrive there as queued signals.
// QSoundEffect 6.4 uses QList<QAudioDevice> without including it: include it first.
#include <QAudioDevice>
#include <QSoundEffect>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>

#include "announcer.hpp"

class QTextToSpeech;

namespace civiq::display {

class SpeechAnnouncer : public Announcer {
  Q_OBJECT

 public:
  // Gong plus the longest sensible sentence is well under 10 s; 15 s only trips on a hung engine.
  static constexpr std::chrono::milliseconds kWatchdogTimeout{15000};
  static inline const QUrl kGongSource{QStringLiteral("qrc:/civiq/display/gong.wav")};

  // `language` picks the speech locale ("de" -> German); `voiceName` one of the engine's voices for
  // it (empty: the engine's default, an unknown name is logged with the names there are).
  explicit SpeechAnnouncer(const QString& language, const QString& voiceName = {}, QObject* parent = nullptr);
  ~SpeechAnnouncer() override;

  void announce(const Announcement& announcement) override;
  void cancel() override;

  // For tests and odd installations; the default is kWatchdogTimeout.
  void setWatchdogTimeout(std::chrono::milliseconds timeout) { watchdog_.setInterval(timeout); }

 private:
  enum class Phase { Idle, Gong, Speech };

  [[nodiscard]] bool haveAudioOutput();
  [[nodiscard]] bool ensureSpeech();
  void onGongPlayingChanged();
  void onGongStatusChanged();
  void speak();
  void finish(bool interrupt);
  void finishSoon();

  QString language_;
  QString voiceName_;
  Phase phase_ = Phase::Idle;
  unsigned generation_ = 0;  // tells a queued finishSoon() of an earlier announcement from the current one
  QString text_;
  bool heardSpeaking_ = false;  // a Ready state counts only after our own Speaking
  QSoundEffect gong_;
  QTextToSpeech* speech_ = nullptr;  // created on first use (child of this): constructing it starts speechd
  bool speechTried_ = false;
  QTimer watchdog_;
  // Each failure is logged once, not once per call: a display announces hundreds of calls a day.
  bool warnedNoAudio_ = false;
  bool warnedGong_ = false;
  bool warnedSpeech_ = false;
};

}  // namespace civiq::display
