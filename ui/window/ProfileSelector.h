#pragma once

#include "Profile.h"

#include <QComboBox>
#include <QList>
#include <QString>

namespace keydesk {

// The toolbar's organisation selector: one "Name — Dialect" entry per profile, with the
// profile's name as the item's data; as wide as its widest entry, within reason. With two
// or more profiles, a last entry "All organisations" (allRole set) shows them together.
class ProfileSelector final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSelector)
public:
    // Set on the "All organisations" entry (its name data is empty: no profile has that name).
    static constexpr int allRole = Qt::UserRole + 1;

    explicit ProfileSelector(QWidget *parent = nullptr);
    ~ProfileSelector() override;

    // Lists `profiles` and selects `select`, or else the first; returns the name of the
    // one selected, empty when there is none.
    QString setProfiles(const QList<Profile> &profiles, const QString &select);
    // False when no profile of that name is listed.
    bool select(const QString &name);
    // False when there is no "All organisations" entry (fewer than two profiles).
    bool selectAll();
    bool isAllSelected() const;

Q_SIGNALS:
    void profileChosen(const QString &name); // by the user
    void allChosen();                        // "All organisations", by the user
};

} // namespace keydesk
