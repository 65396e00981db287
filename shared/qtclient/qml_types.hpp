// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// QML names in the module Civiq.Client for the kit's types whose own headers carry no QML macros.
// A new type does not belong here: it registers itself in its own header (QML_ELEMENT, plus
// QML_UNCREATABLE("reason") when only C++ makes it), and qmltyperegistrar picks up every such
// header of civiq_qtclient. When a header below gets its own macros, its entry here goes.
// All are uncreatable: C++ makes them and hands them to QML as properties.
#include <QtQml/qqml.h>  // QML_FOREIGN needs more than qqmlregistration.h in Qt 6.4

#include "branch_client.hpp"
#include "calls_feed.hpp"
#include "connection_state.hpp"
#include "event_stream.hpp"
#include "recent_calls_model.hpp"
#include "service_load_model.hpp"

namespace civiq::qtclient::qml {

struct BranchClientForeign {
  Q_GADGET
  QML_FOREIGN(civiq::qtclient::BranchClient)
  QML_NAMED_ELEMENT(BranchClient)
  QML_UNCREATABLE("made in C++ with the server's URL")
};

struct EventStreamForeign {
  Q_GADGET
  QML_FOREIGN(civiq::qtclient::EventStream)
  QML_NAMED_ELEMENT(EventStream)
  QML_UNCREATABLE("a CallsFeed's stream")
};

struct CallsFeedForeign {
  Q_GADGET
  QML_FOREIGN(civiq::qtclient::CallsFeed)
  QML_NAMED_ELEMENT(CallsFeed)
  QML_UNCREATABLE("made in C++ for a BranchClient")
};

struct RecentCallsModelForeign {
  Q_GADGET
  QML_FOREIGN(civiq::qtclient::RecentCallsModel)
  QML_NAMED_ELEMENT(RecentCallsModel)
  QML_UNCREATABLE("a CallsFeed's recentCalls")
};

struct ServiceLoadModelForeign {
  Q_GADGET
  QML_FOREIGN(civiq::qtclient::ServiceLoadModel)
  QML_NAMED_ELEMENT(ServiceLoadModel)
  QML_UNCREATABLE("a CallsFeed's serviceLoads")
};

// The enum ConnectionState of the namespace civiq::qtclient: ConnectionState.Offline in QML.
namespace ConnectionStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(civiq::qtclient)
QML_NAMED_ELEMENT(ConnectionState)
}  // namespace ConnectionStateForeign

}  // namespace civiq::qtclient::qml
