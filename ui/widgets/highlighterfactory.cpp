// SPDX-License-Identifier: MIT
#include "highlighterfactory.h"

#include "jsonhighlighter.h"
#include "xmlhighlighter.h"

#include <QTextDocument>

#ifdef PACTBENCH_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Pactbench {

#ifdef PACTBENCH_HAVE_KSYNTAXHIGHLIGHTING
namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

} // namespace
#endif

QSyntaxHighlighter *HighlighterFactory::create(QTextDocument *document, const QString &syntax, bool darkTheme)
{
#ifdef PACTBENCH_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(syntax);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(definition);
        highlighter->setTheme(repository().defaultTheme(
            darkTheme ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
        return highlighter;
    }
#endif
    if (syntax.compare(u"XML", Qt::CaseInsensitive) == 0)
        return new XmlHighlighter(document, darkTheme);
    if (syntax.compare(u"JSON", Qt::CaseInsensitive) != 0)
        return nullptr;
    auto *highlighter = new JsonHighlighter(document);
    highlighter->setDarkTheme(darkTheme);
    return highlighter;
}

QString HighlighterFactory::backendName()
{
#ifdef PACTBENCH_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}

} // namespace Pactbench
