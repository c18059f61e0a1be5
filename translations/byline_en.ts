<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Byline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newsroom editor for reporters and desks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::Application</name>
    <message>
        <source>Byline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::Article</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> reporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Byline article file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article file has no valid format version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article was written by a newer Byline (format %1; this version reads up to %2). Update Byline to open it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::Cli</name>
    <message>
        <source>Usage: byline [--library DIR] [COMMAND] [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, Byline opens its editor window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the library in DIR instead of your own (default: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the window, save a PNG of it to FILE and quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "byline COMMAND --help" for the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byline: unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "byline --help" for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the articles in the library, most recently edited first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library has no articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the articles in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of the window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the library in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This library was written by a newer version of Byline. Update Byline to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library could not be upgraded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>Byline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos of this article appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <source>New Article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language takes effect the next time Byline starts.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>