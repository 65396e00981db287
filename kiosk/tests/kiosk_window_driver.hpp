// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Driving the kiosk's QML window like a finger does, for its tests, its touch check and its tap
// bench: find what is shown by objectName, lay it out, tap its centre, and wait for a state with a
// deadline (the event loop runs meanwhile). Header only. Thread rule: GUI thread.
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include "test_server.hpp"

namespace civiq::kiosk::testing {

// The visible item with this objectName, searched in the visual tree (a Repeater's tiles are not
// QObject children of anything on screen); several screens have a "back", hidden ones do not count.
inline QQuickItem* findShown(QQuickItem* root, const QString& name) {
  if (!root->isVisible()) return nullptr;
  if (root->objectName() == name && root->opacity() > 0.5) return root;
  for (QQuickItem* child : root->childItems())
    if (QQuickItem* found = findShown(child, name)) return found;
  return nullptr;
}

// Positioners (the language chips' Row, the tiles' Grid) place new delegates on the next polish, not
// when the model changes: lay the item's ancestors out first, or a tap right after the office loaded
// lands where the item will be drawn only on the next frame (in a loaded CI run, on another chip).
inline void layOut(QQuickItem* item) {
  QList<QQuickItem*> chain;
  for (QQuickItem* i = item; i; i = i->parentItem()) chain.prepend(i);
  for (QQuickItem* i : chain) i->ensurePolished();
}

// A tap on the item's centre, after laying it out.
inline void tapItem(QQuickWindow* window, QQuickItem* item) {
  layOut(item);
  QTest::mouseClick(window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

using qtclient::testing::waitUntil;

}  // namespace civiq::kiosk::testing
