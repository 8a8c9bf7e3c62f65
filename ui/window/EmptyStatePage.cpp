#include "EmptyStatePage.h"
#include "ui_MainWindow.h"

#include <QLineEdit>

namespace keydesk {

EmptyStatePage::EmptyStatePage(Ui::MainWindow &ui, QLineEdit *filter, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_filter(filter)
{
    m_ui.emptyLabel->setTextFormat(Qt::PlainText); // it quotes the filter and profile names
    connect(m_ui.emptyButton, &QPushButton::clicked, this, [this] {
        if (m_clearsFilter)
            m_filter->clear();
        else if (m_action)
            m_action->trigger();
    });
}

EmptyStatePage::~EmptyStatePage() = default;

void EmptyStatePage::update(const State &state)
{
    QString text;
    QString buttonText;
    QAction *action = nullptr;
    m_clearsFilter = false;
    // Rows from the inventory are shown while loading, after a failed load and for a
    // dialect without a list endpoint; the banner and the status bar say what they are.
    const ProfileSession::State session =
        state.keyCount > 0 || state.allOrganisations ? ProfileSession::State::Loaded : state.session;
    switch (session) {
    case ProfileSession::State::NoProfile:
        text = tr("Add an organisation to start.");
        buttonText = tr("&Add Organisation…");
        action = m_ui.actionAddProfile;
        break;
    case ProfileSession::State::Unsupported:
        text = tr("%1 documents no key-management API: its keys are created and revoked in the %1 "
                  "dashboard.\nKeyDesk can check that a key works: Edit Organisation… → Test connection.")
                   .arg(dialectDisplayName(state.profile->dialect));
        buttonText = tr("&Edit Organisation…");
        action = m_ui.actionEditProfile;
        break;
    case ProfileSession::State::LoadingCredential:
    case ProfileSession::State::Loading:
        text = tr("Loading the keys of “%1”…").arg(state.profile->name);
        break;
    case ProfileSession::State::Failed:
        text = tr("The keys of “%1” could not be loaded. See the message above.").arg(state.profile->name);
        break;
    case ProfileSession::State::Loaded:
        if (state.allOrganisations && state.keyCount == 0) {
            text = state.busy ? tr("Loading the keys of every organisation…")
                              : tr("No organisation has any API key yet, or none could be listed.");
        } else if (state.keyCount == 0) {
            text = tr("No API keys yet — press %1 to create one.")
                       .arg(m_ui.actionCreateKey->shortcut().toString(QKeySequence::NativeText));
            buttonText = tr("&Create Key…");
            action = m_ui.actionCreateKey;
        } else if (state.shownCount == 0) {
            text = tr("No key matches “%1”.").arg(state.filterText);
            buttonText = tr("C&lear Filter");
            m_clearsFilter = true;
        }
        break;
    }
    m_action = action;
    m_ui.emptyButton->setText(buttonText);
    m_ui.emptyButton->setIcon(action ? action->icon() : QIcon());
    m_ui.emptyButton->setVisible(!buttonText.isEmpty());
    m_ui.emptyButton->setEnabled(!action || action->isEnabled());
    m_ui.emptyButton->setToolTip(action ? action->toolTip() : QString());
    m_ui.emptyLabel->setText(text);
    m_ui.stack->setCurrentWidget(text.isEmpty() ? m_ui.tablePage : m_ui.emptyPage);
}

void EmptyStatePage::actionsChanged()
{
    if (!m_action)
        return;
    m_ui.emptyButton->setEnabled(m_action->isEnabled());
    m_ui.emptyButton->setToolTip(m_action->toolTip());
}

QString EmptyStatePage::text() const
{
    return m_ui.stack->currentWidget() == m_ui.emptyPage ? m_ui.emptyLabel->text() : QString();
}

} // namespace keydesk
