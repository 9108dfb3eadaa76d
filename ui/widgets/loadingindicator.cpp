// SPDX-License-Identifier: MIT
#include "loadingindicator.h"
#include "elidedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Pactbench {

LoadingIndicator::LoadingIndicator(QWidget *parent)
    : QWidget(parent), m_label(new ElidedLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadingIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // a parse gives no progress: a busy bar
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelLoadingButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadingIndicator::cancelRequested);
    hide();
}

LoadingIndicator::~LoadingIndicator() = default;

void LoadingIndicator::start(const QString &what, int remaining)
{
    m_label->setText(remaining > 0 ? tr("Loading %1… (%n more waiting)", nullptr, remaining).arg(what)
                                   : tr("Loading %1…").arg(what));
    show();
}

void LoadingIndicator::stop()
{
    m_label->clear();
    hide();
}

QString LoadingIndicator::text() const
{
    return m_label->text();
}

} // namespace Pactbench
