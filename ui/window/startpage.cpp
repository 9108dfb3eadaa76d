// SPDX-License-Identifier: MIT
#include "startpage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

enum ItemRole { PathRole = Qt::UserRole + 1, BrokerIndexRole };

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// A list that grows with its rows up to a bound and never forces the page wider than the window.
QListWidget *recentList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setUniformItemSizes(true);
    list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    list->setMinimumWidth(160);
    return list;
}

/// "orders.json — ~/work/pacts", the folder shortened to the home directory.
QString fileLabel(const QString &path)
{
    const QFileInfo info(path);
    QString folder = QDir::toNativeSeparators(info.absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (folder.startsWith(home))
        folder = u'~' + folder.mid(home.size());
    return info.fileName() + QStringLiteral(" — ") + folder;
}

/**
 * A command link whose preferred height is that of its text at its current width: QCommandLinkButton
 * asks for the height its description needs at its narrowest, which spaces a column of them apart.
 */
class StartButton : public QCommandLinkButton
{
public:
    using QCommandLinkButton::QCommandLinkButton;
    QSize sizeHint() const override
    {
        const QSize hint = QCommandLinkButton::sizeHint();
        return { hint.width(), heightForWidth(qMax(width(), minimumWidth())) };
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QCommandLinkButton::resizeEvent(event);
        updateGeometry(); // the height follows the width
    }
};

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setupUi();
    setRecentFiles({});
    setRecentBrokers({});
}

StartPage::~StartPage() = default;

void StartPage::setupUi()
{
    auto *content = new QWidget;
    auto *title = new QLabel(tr("<h2>Pactbench</h2><p>Open a pact to inspect, edit, mock or verify it.</p>"), content);
    title->setObjectName(QStringLiteral("startTitle"));
    title->setWordWrap(true);
    auto *start = new QVBoxLayout;
    start->addWidget(heading(tr("Start"), content));
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(0);
    start->addLayout(m_buttons);
    start->addStretch(1);
    auto *recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent files"), content));
    m_recentFiles = recentList(QStringLiteral("startRecentFiles"), content);
    recent->addWidget(m_recentFiles);
    recent->addSpacing(12);
    recent->addWidget(heading(tr("Recent brokers"), content));
    m_recentBrokers = recentList(QStringLiteral("startRecentBrokers"), content);
    recent->addWidget(m_recentBrokers);
    recent->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(start, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);
    auto *page = new QVBoxLayout(content);
    page->addWidget(title);
    page->addLayout(columns, 1);
    for (QListWidget *list : { m_recentFiles, m_recentBrokers }) {
        connect(list, &QListWidget::itemActivated, this, &StartPage::activate);
        connect(list, &QListWidget::itemClicked, this, &StartPage::activate);
    }
    // The page scrolls when the window is small: its size never sets the window's.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void StartPage::setEntries(const QList<Entry> &entries)
{
    qDeleteAll(m_entryButtons);
    m_entryButtons.clear();
    m_entryActions.clear();
    for (const Entry &entry : entries) {
        auto *button = new StartButton(this);
        button->setObjectName(entry.action->objectName().isEmpty() ? QString()
                                                                  : entry.action->objectName() + u"StartButton");
        button->setDescription(entry.description);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumWidth(200);
        const auto sync = [button, action = entry.action] {
            button->setText(action->iconText()); // the text without '&' and '…' handling surprises
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        sync();
        connect(entry.action, &QAction::changed, button, sync);
        connect(button, &QCommandLinkButton::clicked, entry.action, &QAction::trigger);
        m_buttons->addWidget(button);
        m_entryButtons.append(button);
        m_entryActions.append(entry.action);
    }
    setFocusProxy(m_entryButtons.isEmpty() ? nullptr : m_entryButtons.constFirst());
    // Tab goes down the buttons, then to the recent files and the recent brokers.
    QWidget *previous = nullptr;
    for (QWidget *next : QList<QWidget *>(m_entryButtons.cbegin(), m_entryButtons.cend()) + QList<QWidget *>{ m_recentFiles, m_recentBrokers }) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
}

QCommandLinkButton *StartPage::buttonFor(const QAction *action) const
{
    const qsizetype i = m_entryActions.indexOf(action);
    return i < 0 ? nullptr : m_entryButtons.at(i);
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    QList<QListWidgetItem *> items;
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(fileLabel(path));
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        items.append(item);
    }
    fillList(m_recentFiles, items, tr("No recent files yet."));
}

void StartPage::setRecentBrokers(const QList<QUrl> &urls)
{
    QList<QListWidgetItem *> items;
    for (int i = 0; i < urls.size(); ++i) {
        auto *item = new QListWidgetItem(urls.at(i).toDisplayString(QUrl::RemoveUserInfo));
        item->setData(BrokerIndexRole, i);
        item->setToolTip(tr("Connect to this broker again (Open from Broker)"));
        items.append(item);
    }
    fillList(m_recentBrokers, items, tr("No recent brokers yet."));
}

void StartPage::fillList(QListWidget *list, const QList<QListWidgetItem *> &items, const QString &none)
{
    list->clear();
    for (QListWidgetItem *item : items)
        list->addItem(item);
    if (items.isEmpty()) {
        auto *placeholder = new QListWidgetItem(none, list);
        placeholder->setFlags(Qt::NoItemFlags);
    } else {
        list->setCurrentRow(0, QItemSelectionModel::NoUpdate); // Tab lands on the newest, unselected
    }
    const int rows = qMax(1, int(qMin<qsizetype>(items.size(), 6)));
    list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
}

void StartPage::activate(QListWidgetItem *item)
{
    // A click and the activation that may follow it (double click, single-click styles) open once.
    if (!item || !(item->flags() & Qt::ItemIsEnabled) || m_activating)
        return;
    m_activating = true;
    QTimer::singleShot(0, this, [this] { m_activating = false; });
    if (const QVariant path = item->data(PathRole); path.isValid())
        Q_EMIT recentFileActivated(path.toString());
    else if (const QVariant index = item->data(BrokerIndexRole); index.isValid())
        Q_EMIT recentBrokerActivated(index.toInt());
}

} // namespace Pactbench
