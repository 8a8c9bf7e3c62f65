#include "ThemeIcon.h"

#include <QIconEngine>
#include <QPainter>

#include <memory>
#include <optional>

namespace keydesk {

namespace {

// What the engines of one icon (and the copies QIcon makes of them) share: the icon,
// once looked up.
struct Lookup final {
    QString name;
    std::function<QIcon()> fallback;
    std::optional<QIcon> icon;

    const QIcon &resolved()
    {
        if (!icon) {
            // As QIcon::fromTheme(name, fallback) decides.
            const QIcon themed = QIcon::fromTheme(name);
            const bool found = !themed.isNull() && !themed.availableSizes().isEmpty();
            icon = found || !fallback ? themed : fallback();
            fallback = {};
        }
        return *icon;
    }
};

class LazyThemeIconEngine final : public QIconEngine {
public:
    explicit LazyThemeIconEngine(std::shared_ptr<Lookup> lookup)
        : m_lookup(std::move(lookup))
    {
    }

    QIconEngine *clone() const override { return new LazyThemeIconEngine(m_lookup); }
    QString key() const override { return QStringLiteral("KeyDeskLazyThemeIcon"); }
    // Answered without the lookup: asked while widgets are laid out (a menu item, a
    // tool button), and a theme or style icon is never empty.
    bool isNull() override { return false; }
    QString iconName() override { return m_lookup->resolved().name(); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_lookup->resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_lookup->resolved().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return m_lookup->resolved().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_lookup->resolved().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_lookup->resolved().availableSizes(mode, state);
    }

private:
    std::shared_ptr<Lookup> m_lookup;
};

} // namespace

QIcon ThemeIcon::lazy(const QString &name, std::function<QIcon()> fallback)
{
    auto lookup = std::make_shared<Lookup>();
    lookup->name = name;
    lookup->fallback = std::move(fallback);
    return QIcon(new LazyThemeIconEngine(std::move(lookup)));
}

} // namespace keydesk
