// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The counters of the office for the counter client and the kiosk: the staff `counters` topic
// (GET /api/v1/counters), one row per counter in the server's order, with who is signed in and the
// ticket at the counter (called or being served). A new list is applied as a diff (KeyedListModel),
// never as a reset. Invariant: one row per counter id. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QString>
#include <optional>

#include "keyed_list_model.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

// moc and the QML tools see the Qt base class (KeyedListModel adds no meta-object of its own), so
// the module's type information knows this is a list model; the compiler sees the real base.
class CountersModel
#ifdef Q_MOC_RUN
    : public QAbstractListModel
#else
    : public KeyedListModel<protocol::CounterView, domain::CounterId>
#endif
{
  Q_OBJECT
  QML_NAMED_ELEMENT(CountersModel)
  QML_UNCREATABLE("the counters come from StaffFeed.counters")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    NameRole,        // "Schalter 3"
    ServiceIdsRole,  // QVariantList of ints
    OpenRole,
    ClerkRole,            // who is signed in; empty while closed
    CurrentNumberRole,    // the ticket at the counter ("A042"); empty for none
    CurrentStatusRole,    // its status (called, serving); empty for none
    CurrentTicketIdRole,  // qint64; -1 for none
  };
  Q_ENUM(Role)

  explicit CountersModel(QObject* parent = nullptr);

  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] std::optional<protocol::CounterView> counter(domain::CounterId id) const {
    return find(id);
  }

 signals:
  void countChanged();

 protected:
  [[nodiscard]] domain::CounterId keyOf(const protocol::CounterView& counter) const override {
    return counter.id;
  }
  [[nodiscard]] QVariant rowData(const protocol::CounterView& counter, int role) const override;
  void rowCountChanged() override {
    emit countChanged();
  }
};

// Service ids as QML sees a list: a QVariantList of ints.
[[nodiscard]] QVariantList serviceIdList(const std::vector<domain::ServiceId>& ids);

}  // namespace civiq::qtclient
