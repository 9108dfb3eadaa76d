<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pactbench::DetailPane</name>
    <message>
        <source>Select a pact, an interaction or one of its parts to see its JSON.</source>
        <translation>Wählen Sie einen Pact, eine Interaktion oder einen ihrer Teile, um das JSON zu sehen.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>as written in a V4 pact file</source>
        <translation>wie in einer V4-Pact-Datei geschrieben</translation>
    </message>
    <message>
        <source>This item has no JSON of its own: select one of its children.</source>
        <translation>Dieser Eintrag hat kein eigenes JSON: Wählen Sie einen Untereintrag.</translation>
    </message>
</context>
<context>
    <name>Pactbench::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Pactbench::DialogService</name>
    <message>
        <source>Open Pact Files</source>
        <translation>Pact-Dateien öffnen</translation>
    </message>
    <message>
        <source>Pact files (*.json);;All files (*)</source>
        <translation>Pact-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pact files (*.json)</source>
        <translation>Pact-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>Pactbench::FileController</name>
    <message>
        <source>%1 is open already</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source> (%1 errors, %2 warnings; see Diagnostics)</source>
        <translation> (%1 Fehler, %2 Warnungen; siehe Diagnose)</translation>
    </message>
    <message>
        <source>At %1: </source>
        <translation>Bei %1: </translation>
    </message>
    <message>
        <source>%1 could not be loaded.

%2%3</source>
        <translation>%1 konnte nicht geladen werden.

%2%3</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Cannot Open Pact</source>
        <translation>Pact kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Pact As V3</source>
        <translation>Pact als V3 speichern</translation>
    </message>
    <message>
        <source>Save Pact As V4</source>
        <translation>Pact als V4 speichern</translation>
    </message>
    <message>
        <source>Cannot Save Pact</source>
        <translation>Pact kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The pact could not be saved.</source>
        <translation>Der Pact konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%1 als %2 gespeichert</translation>
    </message>
    <message>
        <source>Saved a V3 copy to %1 (%2 items not written)</source>
        <translation>V3-Kopie nach %1 gespeichert (%2 Einträge nicht geschrieben)</translation>
    </message>
    <message>
        <source>V3 cannot hold %1 items of this pact. They will not be in the saved file:

%2</source>
        <translation>V3 kann %1 Einträge dieses Pacts nicht aufnehmen. Sie fehlen in der gespeicherten Datei:

%2</translation>
    </message>
    <message>
        <source>Save As V3 Loses Information</source>
        <translation>Speichern als V3 verliert Informationen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Opened %1: %2 interactions in %3 s</source>
        <translation>%1 geöffnet: %2 Interaktionen in %3 s</translation>
    </message>
</context>
<context>
    <name>Pactbench::MainWindow</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open one or more pact files</source>
        <translation>Eine oder mehrere Pact-Dateien öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Save As V&amp;4…</source>
        <translation>Als V&amp;4 speichern …</translation>
    </message>
    <message>
        <source>Write the selected pact as a V4 pact file</source>
        <translation>Den gewählten Pact als V4-Pact-Datei schreiben</translation>
    </message>
    <message>
        <source>Save As V&amp;3…</source>
        <translation>Als V&amp;3 speichern …</translation>
    </message>
    <message>
        <source>Write the selected pact as a V3 pact file, after showing what V3 cannot hold</source>
        <translation>Den gewählten Pact als V3-Pact-Datei schreiben, nachdem angezeigt wurde, was V3 nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Example Pact</source>
        <translation>&amp;Beispiel-Pact öffnen</translation>
    </message>
    <message>
        <source>&amp;About Pactbench</source>
        <translation>Ü&amp;ber Pactbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>&amp;Expand Interactions</source>
        <translation>Interaktionen &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Pactbench</source>
        <translation>Pactbench</translation>
    </message>
    <message>
        <source>About Pactbench</source>
        <translation>Über Pactbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pactbench %1&lt;/h3&gt;&lt;p&gt;A workbench for Pact contract files: open, inspect and convert pacts of every specification version.&lt;/p&gt;&lt;p&gt;Qt %2 · syntax highlighting: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pactbench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Pact-Vertragsdateien: Pacts jeder Spezifikationsversion öffnen, untersuchen und umwandeln.&lt;/p&gt;&lt;p&gt;Qt %2 · Syntaxhervorhebung: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 pact open</source>
        <translation>1 Pact offen</translation>
    </message>
    <message>
        <source>%1 pacts open</source>
        <translation>%1 Pacts offen</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 Interaktionen</translation>
    </message>
    <message>
        <source>%1[*] — Pactbench</source>
        <translation>%1[*] — Pactbench</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactFormat</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>request → 1 response</source>
        <translation>Anfrage → 1 Antwort</translation>
    </message>
    <message>
        <source>request → %1 responses</source>
        <translation>Anfrage → %1 Antworten</translation>
    </message>
    <message>
        <source>HTTP interactions</source>
        <translation>HTTP-Interaktionen</translation>
    </message>
    <message>
        <source>Asynchronous messages</source>
        <translation>Asynchrone Nachrichten</translation>
    </message>
    <message>
        <source>Synchronous messages</source>
        <translation>Synchrone Nachrichten</translation>
    </message>
    <message>
        <source>Other interactions</source>
        <translation>Andere Interaktionen</translation>
    </message>
    <message>
        <source>1 matcher</source>
        <translation>1 Matcher</translation>
    </message>
    <message>
        <source>%1 matchers</source>
        <translation>%1 Matcher</translation>
    </message>
    <message>
        <source>1 generator</source>
        <translation>1 Generator</translation>
    </message>
    <message>
        <source>%1 generators</source>
        <translation>%1 Generatoren</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeBuilder</name>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2 interactions · %3</source>
        <translation>%1 · %2 Interaktionen · %3</translation>
    </message>
    <message>
        <source>%1
Specification %2
%3 load diagnostics</source>
        <translation>%1
Spezifikation %2
%3 Ladediagnosen</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source> · pending</source>
        <translation> · ausstehend</translation>
    </message>
    <message>
        <source>Pending: a failure does not fail the provider&apos;s build.</source>
        <translation>Ausstehend: Ein Fehlschlag lässt den Build des Providers nicht scheitern.</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Vorausgesetzt: %1</translation>
    </message>
    <message>
        <source>Request message</source>
        <translation>Anfragenachricht</translation>
    </message>
    <message>
        <source>Response message</source>
        <translation>Antwortnachricht</translation>
    </message>
    <message>
        <source>Response message %1</source>
        <translation>Antwortnachricht %1</translation>
    </message>
    <message>
        <source>Unsupported interaction</source>
        <translation>Nicht unterstützte Interaktion</translation>
    </message>
    <message>
        <source>Provider states</source>
        <translation>Provider-Zustände</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>Matching-Regeln</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Generatoren</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Pactbench::PactTreeWidget</name>
    <message>
        <source>Filter by description, provider state, method or path (Ctrl+F)</source>
        <translation>Nach Beschreibung, Provider-Zustand, Methode oder Pfad filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Pactbench::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for Pact contract files.</source>
        <translation>Werkbank für Pact-Vertragsdateien.</translation>
    </message>
    <message>
        <source>Pact files to open.</source>
        <translation>Zu öffnende Pact-Dateien.</translation>
    </message>
    <message>
        <source>Select interaction INDEX of the first file, with its parts open.</source>
        <translation>Interaktion INDEX der ersten Datei auswählen und aufklappen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, then quit (uses fresh settings).</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden (mit frischen Einstellungen).</translation>
    </message>
</context>
</TS>
