// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "speech_announcer.hpp"

#include <QDebug>
#include <QLocale>
#include <QMediaDevices>
#include <QStringList>
#include <QTextToSpeech>
#include <QVoice>
#include <utility>

namespace civiq::display {

SpeechAnnouncer::SpeechAnnouncer(const QString& language, const QString& voiceName, QObject* parent)
    : Announcer(parent), language_(language), voiceName_(voiceName) {
  gong_.setSource(kGongSource);
  connect(&gong_, &QSoundEffect::playingChanged, this, &SpeechAnnouncer::onGongPlayingChanged);
  connect(&gong_, &QSoundEffect::statusChanged, this, &SpeechAnnouncer::onGongStatusChanged);

  watchdog_.setSingleShot(true);
  watchdog_.setInterval(kWatchdogTimeout);
  connect(&watchdog_, &QTimer::timeout, this, [this] {
    qWarning("announcements: \"%s\" did not finish within %lld ms; going on with the next one", qUtf8Printable(text_),
             static_cast<long long>(watchdog_.intervalAsDuration().count()));
    finish(/*interrupt=*/true);
  });

  // Starting speech-dispatcher takes seconds and blocks this thread for a moment: do it once the
  // event loop runs instead of delaying (and stuttering) the first call of the day. Without an audio
  // output there is nothing to warm up, and tests need no speech daemon.
  QTimer::singleShot(0, this, [this] {
    if (!speechTried_ && !QMediaDevices::audioOutputs().isEmpty()) (void)ensureSpeech();
  });
}

SpeechAnnouncer::~SpeechAnnouncer() {
  // Signals during teardown must not reach a half-destroyed object.
  phase_ = Phase::Idle;
  gong_.disconnect(this);
  gong_.stop();
  if (speech_ != nullptr) {
    speech_->disconnect(this);
    speech_->stop();
  }
}

void SpeechAnnouncer::announce(const Announcement& announcement) {
  if (phase_ != Phase::Idle) {
    // The player never does this; if someone does, the old one is abandoned without a second finished().
    qWarning("announcements: announce() while busy; the previous announcement is cut short");
    gong_.stop();
    if (speech_ != nullptr) speech_->stop();
  }
  ++generation_;
  text_ = announcement.text;
  heardSpeaking_ = false;
  watchdog_.start();

  if (!haveAudioOutput()) {
    phase_ = Phase::Speech;
    finishSoon();
    return;
  }
  phase_ = Phase::Gong;
  if (gong_.status() == QSoundEffect::Error || gong_.status() == QSoundEffect::Null) {
    speak();  // no gong is better than no announcement
    return;
  }
  gong_.play();  // while the sample is still loading, QSoundEffect plays it once loaded
}

void SpeechAnnouncer::cancel() {
  finish(/*interrupt=*/true);
}

bool SpeechAnnouncer::haveAudioOutput() {
  // Asked each time: a PulseAudio server that starts (or comes back) later is picked up.
  const bool have = !QMediaDevices::audioOutputs().isEmpty();
  if (!have && !warnedNoAudio_) {
    qWarning("announcements: no audio output device; calls are shown but not announced");
    warnedNoAudio_ = true;
  } else if (have && warnedNoAudio_) {
    qInfo("announcements: audio output is back");
    warnedNoAudio_ = false;
  }
  return have;
}

bool SpeechAnnouncer::ensureSpeech() {
  if (!speechTried_) {
    speechTried_ = true;
    if (QTextToSpeech::availableEngines().isEmpty()) {
      qWarning(
          "announcements: no text-to-speech engine (install qt6-speech-speechd-plugin, speech-dispatcher "
          "and speech-dispatcher-espeak-ng); only the gong is played");
      warnedSpeech_ = true;
      return false;
    }
    speech_ = new QTextToSpeech(this);
    connect(speech_, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
      if (phase_ != Phase::Speech) return;  // a late signal of an announcement that was cut short
      if (state == QTextToSpeech::Speaking) {
        heardSpeaking_ = true;
      } else if (state == QTextToSpeech::Ready && heardSpeaking_) {
        finish(/*interrupt=*/false);
      } else if (state == QTextToSpeech::Error) {
        if (!warnedSpeech_) {
          qWarning("announcements: speech failed: %s", qUtf8Printable(speech_->errorString()));
          warnedSpeech_ = true;
        }
        finish(/*interrupt=*/false);
      }
    });
    const QLocale locale(language_);
    if (!speech_->availableLocales().contains(locale)) {
      qWarning("announcements: the speech engine \"%s\" has no voice for %s; using its default",
               qUtf8Printable(speech_->engine()), qUtf8Printable(locale.name()));
    }
    speech_->setLocale(locale);
    if (!voiceName_.isEmpty()) {
      QStringList names;
      bool found = false;
      for (const QVoice& voice : speech_->availableVoices()) {
        names.append(voice.name());
        if (voice.name() == voiceName_) {
          speech_->setVoice(voice);
          found = true;
          break;
        }
      }
      if (!found) {
        qWarning("announcements: no voice \"%s\" for %s; voices there are: %s", qUtf8Printable(voiceName_),
                 qUtf8Printable(locale.name()), qUtf8Printable(names.join(QStringLiteral(", "))));
      }
    }
  }
  if (speech_ == nullptr) return false;
  if (speech_->state() == QTextToSpeech::Error) {
    if (!warnedSpeech_) {
      qWarning("announcements: speech engine unusable: %s; only the gong is played",
               qUtf8Printable(speech_->errorString()));
      warnedSpeech_ = true;
    }
    return false;
  }
  return true;
}

void SpeechAnnouncer::onGongPlayingChanged() {
  if (phase_ == Phase::Gong && !gong_.isPlaying()) speak();
}

void SpeechAnnouncer::onGongStatusChanged() {
  if (gong_.status() != QSoundEffect::Error) return;
  if (!warnedGong_) {
    qWarning("announcements: cannot play the gong %s", qUtf8Printable(kGongSource.toString()));
    warnedGong_ = true;
  }
  if (phase_ == Phase::Gong) speak();
}

void SpeechAnnouncer::speak() {
  phase_ = Phase::Speech;
  heardSpeaking_ = false;
  if (text_.trimmed().isEmpty() || !ensureSpeech()) {
    finish(/*interrupt=*/false);
    return;
  }
  speech_->say(text_);
}

void SpeechAnnouncer::finish(bool interrupt) {
  if (phase_ == Phase::Idle) return;  // already finished: finished() is emitted once per announce()
  const Phase was = std::exchange(phase_, Phase::Idle);
  ++generation_;
  watchdog_.stop();
  if (interrupt) {
    // Phase is Idle already, so the signals these stops cause are ignored.
    if (was == Phase::Gong) gong_.stop();
    if (was == Phase::Speech && speech_ != nullptr) speech_->stop();
  }
  emit finished();
}

void SpeechAnnouncer::finishSoon() {
  // Not from inside announce(): the caller is still setting up. A later announcement (after a
  // cancel) has another generation and is not ended by this.
  QTimer::singleShot(0, this, [this, generation = generation_] {
    if (generation == generation_) finish(/*interrupt=*/false);
  });
}

}  // namespace civiq::display
