#pragma once

#include "ErrorBanner.h"
#include "ProfileDialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QWidget;

namespace keydesk {

class HandoffStore;

// Adding, editing and removing organisations. The profile dialog is open at most once
// at a time, and a problem that asks for it (a refused credential, a lapsed token)
// opens it only once until it is solved. Removing asks first, then deletes the
// profile's keychain entries and its pending handoffs.
class ProfileEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)
public:
    struct Services {
        ProfileDialog::Services dialog;
        HandoffStore *handoffs = nullptr;
    };

    // Dialogs are window-modal children of `window`.
    ProfileEditor(Services services, QWidget *window, QObject *parent = nullptr);
    ~ProfileEditor() override;

    void add();
    // Opens the dialog for `name`, or brings the open one forward with the new reason.
    void edit(const QString &name, const QString &reason = {});
    // edit(), unless the dialog was already opened for this organisation's problem.
    void editOnce(const QString &name, const QString &reason);
    // The organisation works again: its next problem opens the dialog again.
    void problemSolved(const QString &name);
    void confirmRemove(const QString &name);

    ProfileDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    void saved(const QString &name);
    // Also emitted with saved(): which of the two it was (the action log says so).
    void added(const QString &name);
    void changed(const QString &name);
    void removed(const QString &name);
    // Removing left something behind (the keychain entry, the settings).
    void removalProblem(keydesk::ErrorBanner::Level level, const QString &message);

private:
    void remove(const QString &name);

    Services m_services;
    QWidget *m_window;
    QPointer<ProfileDialog> m_dialog;
    QSet<QString> m_prompted;
};

} // namespace keydesk
