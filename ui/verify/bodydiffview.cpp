// SPDX-License-Identifier: MIT
#include "bodydiffview.h"

#include "bodylines.h"
#include "ruletext.h"
#include <ui/widgets/titledbox.h>

#include <QHash>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace Pactbench {

bool isBodyMismatch(const VerifierMismatch &m)
{
    return m.type == u"BodyMismatch" || m.type == u"BodyTypeMismatch" || m.path.startsWith(u'$');
}

QString mismatchRuleText(const VerifierMismatch &m, const MatchingRules &rules)
{
    if (!m.rule.isEmpty())
        return m.rule;
    RuleText::Part part = RuleText::Part::Body;
    if (m.type == u"HeaderMismatch")
        part = RuleText::Part::Header;
    else if (m.type == u"MetadataMismatch")
        part = RuleText::Part::Metadata;
    const QString rule = RuleText::at(rules, part, m.path);
    // A key or length check is not the equality rule: say what failed, and the rule that applies there.
    const QString check = m.type == u"BodyMismatch" ? structuralCheck(m.description) : QString();
    if (!check.isEmpty())
        return rule.isEmpty() ? check : BodyDiffView::tr("%1 (under %2)").arg(check, rule);
    return rule.isEmpty() ? BodyDiffView::tr("equality") : rule;
}

QString structuralCheck(const QString &sentence)
{
    if (sentence.startsWith(u"Actual map is missing the following keys") || sentence.startsWith(u"Expected a Map with keys"))
        return BodyDiffView::tr("missing key");
    if (sentence.startsWith(u"Expected a List with"))
        return BodyDiffView::tr("list length");
    if (sentence.endsWith(u"but was missing") && !sentence.startsWith(u"Expected body"))
        return BodyDiffView::tr("missing item");
    return {};
}

BodyDiffView::BodyDiffView(QWidget *parent)
    : QWidget(parent)
    , m_expected(new DiffCodeView(this))
    , m_actual(new DiffCodeView(this))
    , m_status(new QLabel(tr("Preparing diff…"), this))
    , m_jobs(new BodyDiffJobs(this))
{
    m_expected->setObjectName(QStringLiteral("expectedBodyView"));
    m_actual->setObjectName(QStringLiteral("actualBodyView"));
    m_status->setObjectName(QStringLiteral("bodyDiffStatus"));
    m_status->hide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(titledBox(tr("Expected (pact)"), m_expected, splitter));
    splitter->addWidget(titledBox(tr("Actual (provider)"), m_actual, splitter));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(splitter);
    m_preparingDelay.setSingleShot(true);
    m_preparingDelay.setInterval(100);
    connect(&m_preparingDelay, &QTimer::timeout, this, &BodyDiffView::showPreparing);
    connect(m_jobs, &BodyDiffJobs::prepared, this, &BodyDiffView::prepared);
}

BodyDiffView::~BodyDiffView() = default;

void BodyDiffView::clear()
{
    m_jobs->begin(); // drops what is being prepared
    m_preparingDelay.stop();
    m_status->hide();
    m_pendingPath.clear();
    for (SideState &side : m_sides)
        side = SideState();
    m_expected->setCode(QString(), false);
    m_actual->setCode(QString(), false);
}

void BodyDiffView::showBodies(const Body &expected, const QByteArray &actual, const QList<VerifierMismatch> &mismatches,
    const MatchingRules &rules)
{
    m_jobs->begin();
    m_pendingPath.clear();
    for (SideState &side : m_sides)
        side = SideState{ State::Preparing, {} };
    // The old diff stays for a moment: a small body replaces it before anyone sees it go.
    m_preparingDelay.start();
    m_jobs->prepare(Side::Expected, expected, mismatches, rules);
    m_jobs->prepare(Side::Actual, Body::fromBytes(actual, {}), mismatches, rules);
}

bool BodyDiffView::isPreparing() const
{
    for (const SideState &side : m_sides) {
        if (side.state == State::Preparing)
            return true;
    }
    return false;
}

void BodyDiffView::showPreparing()
{
    m_status->show();
    for (Side side : { Side::Expected, Side::Actual }) {
        if (stateOf(side).state == State::Preparing)
            view(side)->setCode(QString(), false);
    }
}

void BodyDiffView::prepared(Side side, const PreparedBody &body)
{
    SideState &state = stateOf(side);
    state.state = State::Shown;
    state.firstLines = body.firstLines;
    DiffCodeView *target = view(side);
    if (side == Side::Actual && !m_actualPlaceholder.isEmpty()) {
        state.firstLines.clear();
        target->setCode(m_actualPlaceholder, false); // no body to show: say why instead
    } else {
        target->setCode(body.text, body.lineStarts, body.json); // the whole text, its lines found on the worker
        target->setAnnotations(body.annotations, body.marks);
    }
    if (!m_pendingPath.isEmpty())
        showPathOn(side);
    if (isPreparing())
        return;
    m_preparingDelay.stop();
    m_status->hide();
    m_pendingPath.clear();
    Q_EMIT bodiesShown();
}

QList<DiffCodeView::Annotation> BodyDiffView::annotate(
    const QStringList &linePaths, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules)
{
    using Kind = DiffCodeView::Annotation::Kind;
    QList<DiffCodeView::Annotation> out;
    QSet<int> mismatched;
    for (const VerifierMismatch &m : mismatches) {
        const QString text = mismatchRuleText(m, rules) + QStringLiteral(": ") + m.description;
        for (int line : BodyLines::linesOf(linePaths, m.path)) {
            out.append({ line, Kind::Mismatch, text });
            mismatched.insert(line);
        }
    }
    const RuleText::Lookup lookup(rules, RuleText::Part::Body); // the rules read once, not per line
    QHash<QString, QString> matchedTexts; // one "matched by …" per rule, shared by its lines
    for (int line = 0; line < linePaths.size(); ++line) {
        if (mismatched.contains(line))
            continue;
        const QString rule = lookup.at(linePaths.at(line));
        if (rule.isEmpty())
            continue;
        auto text = matchedTexts.constFind(rule);
        if (text == matchedTexts.cend())
            text = matchedTexts.insert(rule, tr("matched by %1").arg(rule));
        out.append({ line, Kind::Matched, *text });
    }
    return out;
}

void BodyDiffView::showPath(const QString &path)
{
    m_pendingPath = path;
    for (Side side : { Side::Expected, Side::Actual }) {
        if (stateOf(side).state != State::Preparing)
            showPathOn(side);
    }
    if (!isPreparing())
        m_pendingPath.clear();
}

void BodyDiffView::showPathOn(Side side)
{
    const int line = stateOf(side).firstLines.value(m_pendingPath, -1);
    if (line >= 0)
        view(side)->showLine(line);
}

} // namespace Pactbench
