// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The seam between the announcement queue and the audio: something that can announce one call and
// says when it is done. The real one plays a gong and speaks (SpeechAnnouncer); tests use a fake.
// Invariant (the contract every subclass keeps): each announce() is followed by exactly one
// finished(), also when the audio fails, and announce() is only called after the previous
// finished(). finished() may be emitted from inside announce() or cancel(); the player copes.
// Thread rule: GUI thread, like the QObject it is.
#include <QObject>

#include "announcement_queue.hpp"

namespace civiq::display {

class Announcer : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  virtual void announce(const Announcement& announcement) = 0;
  // Cuts the announcement in progress short (the display was muted); it still ends with finished().
  // The default lets it play to its end, which is correct, only slower.
  virtual void cancel() {}

 signals:
  void finished();
};

}  // namespace civiq::display
