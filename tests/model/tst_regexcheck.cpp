// SPDX-License-Identifier: MIT
// regexProblem() reads patterns with PCRE2 directly (no JIT): it must say exactly what QRegularExpression
// says of the same pattern, valid or not, message and offset, in English and in a translated window.
#include <core/model/regexcheck.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Pactbench;

namespace {

QString qtSays(const QString &pattern)
{
    const QRegularExpression re(pattern);
    return re.isValid() ? QString() : QStringLiteral("%1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset());
}

void addPatterns()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    const QList<std::pair<const char *, QString>> valid{
        {"empty", QString()}, {"letter", u"a"_qs}, {"class", u"[a-z]+"_qs}, {"digits", u"\\d{3}"_qs},
        {"named group", u"(?<name>x)\\k<name>"_qs}, {"property", u"\\p{L}+"_qs}, {"non-ASCII", u"é+ü"_qs},
        {"quoted to the end", u"\\Qa)(b"_qs}, {"inline flag", u"(?i)abc"_qs}, {"lazy", u"a{2,3}?"_qs},
        {"uuid", u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_qs},
        {"astral", QString::fromUtf16(u"\U0001F600+")}};
    for (const auto &[name, pattern] : valid)
        QTest::newRow(name) << pattern << true;
    const QList<std::pair<const char *, QString>> invalid{
        {"unclosed group", u"(unclosed"_qs}, {"unopened group", u"a)(b"_qs}, {"reversed range", u"[z-a]"_qs},
        {"nothing to repeat", u"*a"_qs}, {"quantifier out of order", u"a{3,2}"_qs}, {"lookbehind not fixed", u"(?<=a+)b"_qs},
        {"trailing backslash", u"a\\"_qs}, {"duplicate name", u"(?<n>a)(?<n>b)"_qs}, {"unknown POSIX class", u"[[:foo:]]"_qs},
        {"unknown reference", u"\\k<nope>"_qs}, {"number too big", u"x{99999999999}"_qs},
        {"lone surrogate", QString(QChar(0xD800)) + u"a"}, {"unclosed class", u"[abc"_qs}};
    for (const auto &[name, pattern] : invalid)
        QTest::newRow(name) << pattern << false;
}

} // namespace

class TestRegexCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQRegularExpression_data() { addPatterns(); }

    void sameAsQRegularExpression()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QCOMPARE(regexProblem(pattern).isEmpty(), valid);
        QCOMPARE(regexProblem(pattern), qtSays(pattern));
        QCOMPARE(regexProblem(pattern), qtSays(pattern)); // remembered: the same again
    }

    // The window in German translates QRegularExpression's messages through Qt's own catalogue.
    void translatedAsQtTranslates()
    {
        QTranslator german;
        QVERIFY2(german.load(u"qtbase_de"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_de.qm missing: scripts/setup installs qt6-translations-l10n");
        QCoreApplication::installTranslator(&german);
        // Patterns not asked before (the answers are remembered as first given).
        const QString pattern = u"(translated"_qs;
        QVERIFY(!regexProblem(pattern).isEmpty());
        QCOMPARE(regexProblem(pattern), qtSays(pattern));
        QVERIFY2(regexProblem(pattern) != QStringLiteral("missing closing parenthesis at offset 11"), qPrintable(regexProblem(pattern)));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestRegexCheck)
#include "tst_regexcheck.moc"
