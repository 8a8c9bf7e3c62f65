#pragma once

#include "Profile.h"

#include <QComboBox>
#include <QList>
#include <QString>

namespace keydesk {

// The toolbar's organisation selector: one "Name — Dialect" entry per profile, with the
// profile's name as the item's data; as wide as its widest entry, within reason.
class ProfileSelector final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSelector)
public:
    explicit ProfileSelector(QWidget *parent = nullptr);
    ~ProfileSelector() override;

    // Lists `profiles` and selects `select`, or else the first; returns the name of the
    // one selected, empty when there is none.
    QString setProfiles(const QList<Profile> &profiles, const QString &select);
    // False when no profile of that name is listed.
    bool select(const QString &name);

Q_SIGNALS:
    void profileChosen(const QString &name); // by the user
};

} // namespace keydesk
