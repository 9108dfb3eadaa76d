// SPDX-License-Identifier: MIT
#include "verdictview.h"

#include "matrixresult.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Pactbench {

namespace {
constexpr int RowRole = Qt::UserRole + 1;
}

VerdictView::VerdictView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_text(new QLabel(this)), m_blocking(new QListWidget(this))
{
    m_headline->setObjectName(u"verdictHeadline"_qs);
    m_text->setObjectName(u"verdictText"_qs);
    m_blocking->setObjectName(u"blockingList"_qs);
    QFont big = m_headline->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    m_headline->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocking->setWordWrap(true);
    m_blocking->setAlternatingRowColors(true);
    m_blocking->setToolTip(tr("Double-click a reason to select its row in the matrix"));
    m_blocking->hide(); // placed by the owner (blockingList()), shown while there are reasons
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    connect(m_blocking, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = item->data(RowRole).toInt();
        if (row >= 0)
            Q_EMIT rowActivated(row);
    });
}

VerdictView::~VerdictView() = default;

QString VerdictView::headline(std::optional<bool> deployable)
{
    if (!deployable.has_value())
        return tr("? Unknown: the broker cannot say yet");
    return *deployable ? tr("✓ Deployable") : tr("✗ Not deployable");
}

void VerdictView::setExplanation(const CanIDeployExplanation &explanation, const QString &whatIf)
{
    m_headline->setText(headline(explanation.deployable));
    const MatrixResult look = !explanation.deployable.has_value() ? MatrixResult::NotVerified
        : *explanation.deployable                                 ? MatrixResult::Success
                                                                  : MatrixResult::Failed;
    QPalette palette = m_headline->palette();
    palette.setColor(QPalette::WindowText, matrixResultColor(look));
    m_headline->setPalette(palette);
    m_text->setText(whatIf.isEmpty() ? explanation.verdict : tr("%1\nWhat if: %2").arg(explanation.verdict, whatIf));
    m_blocking->clear();
    for (const BlockingReason &reason : explanation.blocking) {
        QString text = reason.why;
        if (!reason.nextStep.isEmpty()) {
            text += u'\n';
            text += tr("Next step: %1").arg(reason.nextStep);
        }
        auto *item = new QListWidgetItem(text, m_blocking);
        item->setData(RowRole, reason.row);
        item->setToolTip(text);
    }
    m_blocking->setVisible(!explanation.blocking.isEmpty());
}

void VerdictView::setMessage(const QString &text)
{
    m_headline->setText(text);
    m_headline->setPalette(palette());
    m_text->clear();
    m_blocking->clear();
    m_blocking->hide();
}

QString VerdictView::headlineText() const
{
    return m_headline->text();
}

QString VerdictView::verdictText() const
{
    return m_text->text();
}

QStringList VerdictView::blockingTexts() const
{
    QStringList out;
    for (int i = 0; i < m_blocking->count(); ++i)
        out << m_blocking->item(i)->text();
    return out;
}

} // namespace Pactbench
