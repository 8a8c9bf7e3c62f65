#include "ProfileEditor.h"

#include "HandoffStore.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace keydesk {

ProfileEditor::ProfileEditor(Services services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_window(window)
{
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::add()
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ProfileDialog(m_services.dialog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &saved) {
        Q_EMIT added(saved);
        Q_EMIT this->saved(saved);
    });
    m_dialog = dialog;
    dialog->open();
}

void ProfileEditor::edit(const QString &name, const QString &reason)
{
    const std::optional<Profile> profile = m_services.dialog.profiles->find(name);
    if (!profile)
        return;
    if (m_dialog) {
        // One dialog at a time: a second problem updates the one already open.
        if (m_dialog->isEditing() && m_dialog->profileName() == name) {
            if (!reason.isEmpty())
                m_dialog->setReason(reason);
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->close();
    }
    auto *dialog = new ProfileDialog(m_services.dialog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editProfile(*profile);
    if (!reason.isEmpty())
        dialog->setReason(reason);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &saved) {
        m_prompted.remove(saved);
        Q_EMIT changed(saved);
        Q_EMIT this->saved(saved);
    });
    m_dialog = dialog;
    dialog->open();
}

void ProfileEditor::editOnce(const QString &name, const QString &reason)
{
    if (m_prompted.contains(name))
        return;
    m_prompted.insert(name);
    edit(name, reason);
}

void ProfileEditor::problemSolved(const QString &name)
{
    m_prompted.remove(name);
}

void ProfileEditor::confirmRemove(const QString &name)
{
    const int pending = int(m_services.handoffs->pending(name).size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Organisation"),
                                tr("Remove the organisation “%1” from KeyDesk?").arg(name), QMessageBox::NoButton,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText); // the name comes from the settings file
    QString details = tr("Its stored credential is deleted from the keychain. The keys themselves stay on "
                         "the server.");
    if (pending > 0)
        details += QStringLiteral("\n\n")
                   + (pending == 1 ? tr("%n new key has not been handed off yet: its full key is deleted from the "
                                        "keychain too and cannot be shown again.",
                                        nullptr, pending)
                                   : tr("%n new keys have not been handed off yet: their full keys are deleted from "
                                        "the keychain too and cannot be shown again.",
                                        nullptr, pending));
    box->setInformativeText(details);
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, removeButton, name](QAbstractButton *button) {
        if (button == removeButton)
            remove(name);
    });
    box->open();
}

void ProfileEditor::remove(const QString &name)
{
    const QList<PendingHandoff> pending = m_services.handoffs->pending(name);
    for (const PendingHandoff &handoff : pending)
        m_services.handoffs->forget(name, handoff.keyId);
    const QString entry = SecretStore::credentialEntry(name);
    m_services.dialog.sessionSecrets->remove(entry);
    SecretJob *job = m_services.dialog.secrets->remove(entry);
    connect(job, &SecretJob::finished, this, [this, job, name] {
        if (!job->ok() && job->error().kind != SecretError::Kind::NotFound)
            Q_EMIT removalProblem(ErrorBanner::Level::Warning,
                                  tr("The credential of “%1” could not be deleted from the keychain: %2")
                                      .arg(name, job->error().userMessage()));
    });
    ProfileStore *profiles = m_services.dialog.profiles;
    if (!profiles->remove(name)) {
        const QString problem = profiles->problem();
        Q_EMIT removalProblem(ErrorBanner::Level::Error,
                              problem.isEmpty() ? tr("The organisation “%1” could not be removed.").arg(name)
                                                : problem);
    }
    m_prompted.remove(name);
    Q_EMIT removed(name);
}

} // namespace keydesk
