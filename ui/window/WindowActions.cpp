#include "WindowActions.h"
#include "ui_MainWindow.h"

#include "ThemeIcon.h"
#include "UntrustedText.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QTextDocument>

namespace keydesk {

namespace {

// Looked up when first drawn: the window's first frame shows only the toolbar's icons.
QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return ThemeIcon::lazy(name, [widget = QPointer<const QWidget>(widget), fallback] {
        QStyle *style = widget ? widget->style() : QApplication::style();
        return style->standardIcon(fallback, nullptr, widget);
    });
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

// A tooltip that names a key: shown as plain text even when the name looks like HTML
// (tooltips guess, Qt::mightBeRichText).
QString namingToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace

WindowActions::WindowActions(Ui::MainWindow &ui, const QWidget *window)
    : m_ui(ui)
{
    ui.actionCreateKey->setShortcuts(QKeySequence::New);
    ui.actionRevoke->setShortcuts(QKeySequence::Delete);
    ui.actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5)});
    ui.actionCopyIdentifier->setShortcuts(QKeySequence::Copy);
    ui.actionFind->setShortcuts(QKeySequence::Find);
    ui.actionQuit->setShortcuts(QKeySequence::Quit);
    ui.actionPreferences->setShortcuts(QKeySequence::Preferences);
    ui.actionQuit->setMenuRole(QAction::QuitRole);
    ui.actionAbout->setMenuRole(QAction::AboutRole);
    ui.actionPreferences->setMenuRole(QAction::PreferencesRole);

    ui.actionCreateKey->setIcon(themeIcon(window, QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder));
    ui.actionRevoke->setIcon(themeIcon(window, QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    ui.actionRotate->setIcon(themeIcon(window, QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    ui.actionRotate->setStatusTip(tr("Replaces the selected key by a new one and revokes it once it has gone quiet"));
    ui.actionRefresh->setIcon(themeIcon(window, QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    ui.actionHandOff->setIcon(themeIcon(window, QStringLiteral("dialog-password"), QStyle::SP_DialogSaveButton));
    ui.actionCopyIdentifier->setIcon(themeIcon(window, QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon));
    ui.actionFind->setIcon(themeIcon(window, QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    ui.actionAddProfile->setIcon(themeIcon(window, QStringLiteral("contact-new"), QStyle::SP_FileDialogNewFolder));
    ui.actionEditProfile->setIcon(
        themeIcon(window, QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView));
    ui.actionRemoveProfile->setIcon(themeIcon(window, QStringLiteral("list-remove"), QStyle::SP_DialogDiscardButton));
    ui.actionPreferences->setIcon(themeIcon(window, QStringLiteral("preferences-system"), QStyle::SP_ComputerIcon));
    ui.actionAbout->setIcon(themeIcon(window, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation));
    ui.actionQuit->setIcon(themeIcon(window, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));

    // Copy works on the table's selection: the filter box keeps its own Ctrl+C.
    ui.actionCopyIdentifier->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.keyTable->addAction(ui.actionCopyIdentifier);
    ui.actionRevoke->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.keyTable->addAction(ui.actionRevoke);
}

void WindowActions::update(const State &state)
{
    const std::optional<ApiKey> &key = state.selected;
    const bool live = state.readOnly.isEmpty();
    const bool canCreate = live && state.ready && state.managesKeys && state.createBlocked.isEmpty()
                           && !state.severalOrganisations;
    m_ui.actionCreateKey->setEnabled(canCreate);
    m_ui.actionCreateKey->setToolTip(state.severalOrganisations ? state.createBlocked
                                     : !live                    ? state.readOnly
                                     : state.createBlocked.isEmpty()
                                         ? tr("Create a new API key (%1)").arg(shortcutText(m_ui.actionCreateKey))
                                         : state.createBlocked);

    const bool several = state.selectedCount > 1;
    const bool revocable = several ? (live || state.severalOrganisations) && state.bulkRevocable
                                   : live && state.ready && state.managesKeys && key && !state.selectedRevoked;
    m_ui.actionRevoke->setEnabled(revocable);
    const QString name = key ? UntrustedText::forDisplay(key->name) : QString();
    if (several)
        m_ui.actionRevoke->setToolTip(revocable ? tr("Revoke the %n selected keys", nullptr, state.selectedCount)
                                      : !live && !state.severalOrganisations
                                          ? state.readOnly
                                          : tr("The selected keys are already revoked, or their organisation "
                                               "cannot revoke keys now."));
    else
        m_ui.actionRevoke->setToolTip(!live       ? state.readOnly
                                      : revocable ? namingToolTip(tr("Revoke “%1”").arg(name))
                                      : key       ? tr("This key is already revoked.")
                                                  : tr("Select a key to revoke it."));
    const bool rotatable = live && state.ready && state.managesKeys && key && !several && !state.severalOrganisations
                           && state.rotationAvailable && !state.selectedRotating && state.selectedActive;
    m_ui.actionRotate->setEnabled(rotatable);
    m_ui.actionRotate->setToolTip(!state.rotationAvailable     ? tr("Rotating needs the local inventory.")
                                  : state.severalOrganisations ? tr("Choose the key's organisation to rotate it.")
                                  : !live                      ? state.readOnly
                                  : several                    ? tr("Select one key to rotate it.")
                                  : !key                       ? tr("Select a key to rotate it.")
                                  : state.selectedRotating     ? tr("This key is being rotated: see its timeline.")
                                  : rotatable ? namingToolTip(tr("Rotate “%1”: a new key, the old one "
                                                                 "revoked once it has gone quiet")
                                                                  .arg(name))
                                              : tr("Only an active key can be rotated."));
    const bool pending = key && state.selectedPending && !several;
    m_ui.actionHandOff->setEnabled(pending);
    m_ui.actionHandOff->setToolTip(
        pending ? namingToolTip(tr("Show the full key of “%1” once more, from the keychain").arg(name))
                : tr("Select a key marked “pending handoff”."));
    m_ui.actionCopyIdentifier->setEnabled(key.has_value());
    m_ui.actionRefresh->setEnabled(state.managesKeys || state.severalOrganisations);
    m_ui.actionEditProfile->setEnabled(true);
    m_ui.actionRemoveProfile->setEnabled(state.hasProfile);
}

} // namespace keydesk
