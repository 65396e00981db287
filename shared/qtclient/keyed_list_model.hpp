// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A list model of protocol rows with a key each (ticket id, counter id, appointment code) that
// follows a server list which always arrives whole (the `queue`, `counters` and `appointments`
// topics send the full body with every update). setRows() applies the new list as a diff, never as a
// reset, so views animate, keep their selection and their scroll position: rows whose key is gone
// are removed (a contiguous run in one step), rows that changed place are moved (only the fewest:
// everything outside a longest run that kept its order), new keys are inserted (a contiguous run in
// one step), and dataChanged covers exactly the rows whose content changed.
// The concrete model (with Q_OBJECT) supplies keyOf(), rowData(), roleNames() and announces its count
// in rowCountChanged(); sameContent() defaults to comparing every described field of the message, so
// a field added to the protocol is noticed without touching the models.
// Invariant: keys are unique and rows() equals the last list given to setRows() (a repeated key keeps
// its first row). Thread rule: GUI thread.
#include <QAbstractListModel>
#include <algorithm>
#include <boost/describe.hpp>
#include <boost/mp11.hpp>
#include <map>
#include <optional>
#include <type_traits>
#include <vector>

namespace civiq::qtclient {

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// Field-by-field equality of Boost.Describe-d messages (they have no operator==), through optional
// and vector members; anything else compares with ==.
template <class T>
[[nodiscard]] bool sameFields(const T& a, const T& b) {
  if constexpr (IsOptional<T>::value) {
    return a.has_value() == b.has_value() && (!a || sameFields(*a, *b));
  } else if constexpr (IsVector<T>::value) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto& x, const auto& y) { return sameFields(x, y); });
  } else if constexpr (boost::describe::has_describe_members<T>::value) {
    bool same = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) { same = same && sameFields(a.*member.pointer, b.*member.pointer); });
    return same;
  } else {
    return a == b;
  }
}

}  // namespace detail

template <class Row, class Key>
class KeyedListModel : public QAbstractListModel {
 public:
  using QAbstractListModel::QAbstractListModel;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
  }
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const final {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    return rowData(rows_[static_cast<std::size_t>(index.row())], role);
  }

  [[nodiscard]] const std::vector<Row>& rows() const { return rows_; }
  // The row of this key, -1 when there is none.
  [[nodiscard]] int rowOf(const Key& key) const {
    const auto found = std::find_if(rows_.begin(), rows_.end(), [&](const Row& row) { return keyOf(row) == key; });
    return found == rows_.end() ? -1 : static_cast<int>(found - rows_.begin());
  }
  [[nodiscard]] std::optional<Row> find(const Key& key) const {
    const int row = rowOf(key);
    return row < 0 ? std::nullopt : std::optional<Row>(rows_[static_cast<std::size_t>(row)]);
  }

  // The server's whole list, in its order: applied as removes, moves, inserts and dataChanged.
  void setRows(std::vector<Row> target) {
    const int before = rowCount();
    std::map<Key, int> targetRow;
    std::vector<Row> unique;
    unique.reserve(target.size());
    for (auto& row : target)
      if (targetRow.emplace(keyOf(row), static_cast<int>(unique.size())).second) unique.push_back(std::move(row));
    removeRowsNotIn(targetRow);
    moveRowsIntoOrderOf(unique, targetRow);
    insertRowsMissingFrom(unique);
    updateChangedRows(unique);
    if (rowCount() != before) rowCountChanged();
  }

 protected:
  [[nodiscard]] virtual Key keyOf(const Row& row) const = 0;
  [[nodiscard]] virtual bool sameContent(const Row& a, const Row& b) const { return detail::sameFields(a, b); }
  [[nodiscard]] virtual QVariant rowData(const Row& row, int role) const = 0;
  // The number of rows changed (the concrete model emits its countChanged()).
  virtual void rowCountChanged() = 0;

 private:
  [[nodiscard]] std::size_t at(int row) const { return static_cast<std::size_t>(row); }

  // Bottom up, one beginRemoveRows per contiguous run of rows whose key is gone.
  void removeRowsNotIn(const std::map<Key, int>& targetRow) {
    const auto gone = [&](int row) { return !targetRow.contains(keyOf(rows_[at(row)])); };
    for (int last = rowCount() - 1; last >= 0; --last) {
      if (!gone(last)) continue;
      int first = last;
      while (first > 0 && gone(first - 1)) --first;
      beginRemoveRows({}, first, last);
      rows_.erase(rows_.begin() + first, rows_.begin() + last + 1);
      endRemoveRows();
      last = first;
    }
  }

  // Every remaining row is in the target. The rows on a longest run already in target order stay
  // where they are; each other row is moved, in target order, right behind the row that precedes
  // it in the target. Afterwards the rows are in target order (new keys still missing).
  void moveRowsIntoOrderOf(const std::vector<Row>& target, const std::map<Key, int>& targetRow) {
    std::vector<int> order;  // target row of each current row
    order.reserve(rows_.size());
    for (const auto& row : rows_) order.push_back(targetRow.at(keyOf(row)));
    const std::vector<bool> stays = longestIncreasingRun(order);
    std::vector<bool> moves(target.size(), false);  // by target row
    std::vector<bool> present(target.size(), false);
    for (std::size_t i = 0; i < order.size(); ++i) {
      present[at(order[i])] = true;
      moves[at(order[i])] = !stays[i];
    }
    int anchor = -1;  // the target row of the nearest present row before the one looked at
    for (int t = 0; t < static_cast<int>(target.size()); ++t) {
      if (!present[at(t)]) continue;
      if (moves[at(t)]) {
        const int from = rowOf(keyOf(target[at(t)]));
        const int after = anchor < 0 ? -1 : rowOf(keyOf(target[at(anchor)]));
        const int to = after + 1;  // in the numbering before the move, as beginMoveRows wants it
        if (from != to && from + 1 != to) {
          beginMoveRows({}, from, from, {}, to);
          if (from < to)
            std::rotate(rows_.begin() + from, rows_.begin() + from + 1, rows_.begin() + to);
          else
            std::rotate(rows_.begin() + to, rows_.begin() + from, rows_.begin() + from + 1);
          endMoveRows();
        }
      }
      anchor = t;
    }
  }

  // Marks the members of one longest strictly increasing subsequence (patience sorting).
  [[nodiscard]] static std::vector<bool> longestIncreasingRun(const std::vector<int>& values) {
    std::vector<int> tails;  // index into values of the smallest tail of each run length
    std::vector<int> previous(values.size(), -1);
    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
      const auto pos =
          std::lower_bound(tails.begin(), tails.end(), values[static_cast<std::size_t>(i)],
                           [&](int tail, int value) { return values[static_cast<std::size_t>(tail)] < value; });
      if (pos != tails.begin()) previous[static_cast<std::size_t>(i)] = *(pos - 1);
      if (pos == tails.end())
        tails.push_back(i);
      else
        *pos = i;
    }
    std::vector<bool> member(values.size(), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[static_cast<std::size_t>(i)])
      member[static_cast<std::size_t>(i)] = true;
    return member;
  }

  // The rows are the target's present rows in target order: insert each run of new keys in one step.
  void insertRowsMissingFrom(const std::vector<Row>& target) {
    const auto isNew = [&](int t) { return t >= rowCount() || !(keyOf(rows_[at(t)]) == keyOf(target[at(t)])); };
    const int size = static_cast<int>(target.size());
    for (int first = 0; first < size; ++first) {
      if (!isNew(first)) continue;
      // Rows from `first` on are all present ones still to come, so a key is new exactly while it
      // differs from the row now at `first`.
      const std::optional<Key> next = first < rowCount() ? std::optional<Key>(keyOf(rows_[at(first)])) : std::nullopt;
      int last = first;
      while (last + 1 < size && !(next && keyOf(target[at(last + 1)]) == *next)) ++last;
      beginInsertRows({}, first, last);
      rows_.insert(rows_.begin() + first, target.begin() + first, target.begin() + last + 1);
      endInsertRows();
      first = last;
    }
  }

  // Same keys in the same order now: new content, and one dataChanged per run of changed rows.
  void updateChangedRows(std::vector<Row>& target) {
    int runStart = -1;
    for (int row = 0; row <= rowCount(); ++row) {
      const bool changed = row < rowCount() && !sameContent(rows_[at(row)], target[at(row)]);
      if (changed) {
        rows_[at(row)] = std::move(target[at(row)]);
        if (runStart < 0) runStart = row;
      } else if (runStart >= 0) {
        emit dataChanged(index(runStart), index(row - 1));
        runStart = -1;
      }
    }
  }

  std::vector<Row> rows_;
};

}  // namespace civiq::qtclient
