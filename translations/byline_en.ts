<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom editor for reporters and desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Application</name>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ApproveDialog</name>
    <message>
        <source>Publish &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes out on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before the embargo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future, or publish now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Article</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Byline article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was written by a newer Byline (format %1; this version reads up to %2). Update Byline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s embargo is not a time with its zone (such as 2026-12-01T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleDocument</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit photo alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleEditor</name>
    <message>
        <source>Edit HTML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck (subheadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter &lt;email&gt;, Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web-address-slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for lists, search and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;let:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;ug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The HTML source has %n problem(s) and was not applied. Go back and fix it, or discard the source edits?</source>
        <translation>
            <numerusform>The HTML source has %n problem and was not applied. Go back and fix it, or discard the source edits?</numerusform>
            <numerusform>The HTML source has %n problems and was not applied. Go back and fix them, or discard the source edits?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;bargo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be published before this time. Untick to lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until the embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Byline package, an article JSON file or a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 already has this article&apos;s UUID; the import was added as a copy with a new UUID (headline kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s list of photos is damaged; the article was read without its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is missing from the package or damaged; the article was imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s list of photos could not be read (%1); the article was read without its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 has an id that Byline does not accept (only letters, digits, - and _); it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos %1 and %2 have the same id in the package; %2 was given a new one, and the article&apos;s figures show %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; Byline reads articles and pages of up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Byline reads articles and pages of up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (no file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 was left out: %2. The article was imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The article was imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleHtml</name>
    <message>
        <source>Line %1: the comment would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text in a figure outside its &lt;figcaption&gt; would become part of the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text outside a paragraph would be put in a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the attribute %2 of &lt;%3&gt; is not part of the article format and would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of the article format and would be removed with its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of the article format and would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not allowed here and would be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; would become &lt;%3&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not allowed here; lists inside lists or quotes are flattened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the link to &quot;%2&quot; would be removed, keeping its text: only http, https and mailto links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a &lt;figure&gt; needs data-photo or data-embed; it would be removed, keeping its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the embed &quot;%2&quot; would be removed: only http and https pages can be embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: empty or repeated elements would be removed and the rest put in the article format&apos;s normal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: elements are nested more than %2 deep; Byline reads HTML nested up to %2 deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: an element has more than %2 attributes; Byline reads up to %2 on one element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the HTML is too complex to read: nested elements or attributes repeat so often that reading them would take too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML is %1 MB; Byline reads up to %2 MB of HTML at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML is too complex to read: it would take more than %1 MB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticlePackage</name>
    <message>
        <source>Cannot write %1: &quot;%2&quot; is not a file name for a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Byline package (not a zip file, or a damaged one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; file, not a Byline article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no article.json, so it holds no article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article.json is empty; the package may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article.json is not valid JSON (%1 at byte %2); the package may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article.json does not hold an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds a file with an unsafe name (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package unpacks to more than %1 MB in all, more than Byline takes from one package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data in the package is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB, more than Byline takes for one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds more than %1 files; a Byline package holds an article and its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article.json unpacks to more than %1 MB, far more than any article; the package is damaged or was not made by Byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article.json is damaged inside the package (its compressed data cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleRenderer</name>
    <message>
        <source>YouTube video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver TV video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakao TV video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 is not among the article&apos;s photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 was left out: the CMS has no copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 was left out: it is not among the article&apos;s photos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleStore</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::BodyEditing</name>
    <message>
        <source>Type a web or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web (http, https) and email (mailto) links can go in an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::BodyEditor</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::BylineText</name>
    <message>
        <source>A byline is at most %1 characters long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A byline names at most %1 reporters; this one names %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli</name>
    <message>
        <source>Usage: byline [--library DIR] [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, Byline opens its editor window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the library in DIR instead of your own (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window, save a PNG of it to FILE and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;byline COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;byline --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the articles in the library, most recently edited first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one article id (a number, as &quot;byline list&quot; shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles whose headline, deck, summary, tags or text contain TEXT (parts of words too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in STATUS: draft, submitted, approved or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, submitted, approved or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck under the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet and reporters (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body from FILE (UTF-8): .html/.htm is cleaned to the article format, anything else is plain text with blank lines between paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the headline with --headline TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byline &quot;%1&quot; names no outlet and no reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id, as &quot;byline list&quot; shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole article as JSON (the article format, plus its &quot;id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one article to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (the article format), html (a standalone page) or byline (a package with its photos); by default taken from the output file&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; json and html go to the standard output without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --format json, html or byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .byline package needs a file: add -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an article from FILE to the library and prints its new id. FILE may be a .byline package, an article JSON file or a saved web page (HTML, UTF-8 or EUC-KR); the content decides, not the name. An article whose UUID is already in the library is added as a copy with a new UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an article from a .byline package, JSON file or web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an article as JSON, HTML or a .byline package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article in VIEW: editor or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the article id and one or more photo files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds, lists and edits the photos of an article.

  add ID FILE...   Copies JPEG, PNG, WebP or TIFF photos into the library (a folder stands for the photos directly inside it) and prints &quot;imported PHOTOID FILE&quot;, &quot;duplicate PHOTOID FILE&quot; or &quot;error FILE: why&quot; for each. Caption, credit and alt text start from the file&apos;s own metadata. Exits with 1 if any file failed; the others are still added.
  list ID          Lists the photos in their order, with the lead and what is missing before publishing.
  set ID PHOTO     Changes a photo&apos;s caption, credit or alt text, or makes it the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: photo files or folders; set: the photo id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the credit (photographer, agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the alt text (what the picture shows, for readers who cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: make this the article&apos;s lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose add, list or set (see byline photos --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an article id (a number, as &quot;byline list&quot; shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--caption, --credit, --alt and --lead go with set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes only the article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the article id, the photo id and at least one of --caption, --credit, --alt, --lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 has no photo %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list or edit the photos of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one article id (a number, as &quot;byline list&quot; shows) or one article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an article as its page on the publication&apos;s site (desktop or mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a publication (a JSON object): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an article as readers will see it on the publication&apos;s site, as one HTML page: the same page the preview shows. Photos are made into renditions at the publication&apos;s size and written into a folder beside the page (PAGE_files/), or put inside the page with --inline-images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id (as &quot;byline list&quot; shows it), or a .byline package, article JSON file or saved web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout: desktop (the default) or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file to write (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the photos inside the page as data: URIs instead of a folder of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication settings from a JSON FILE (docs/templates.md) instead of the saved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack: a folder, or a pack&apos;s name; by default the publication&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --device desktop or mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the page to write with -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its original is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of an article&apos;s page as a desktop or phone browser shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a PNG of an article as readers will see it: the page &quot;byline render&quot; writes, drawn by Qt WebEngine at the device&apos;s width (desktop 1280, mobile 390 CSS pixels) and the page&apos;s full height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id (as &quot;byline list&quot; shows it), or an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the picture to write with -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one article id or one article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not finish loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 of %3 sent (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Byline (the window, or another command) is running this library&apos;s publish queue; it sends the jobs, and this command follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --kind folder or --kind wordpress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url and --user go with --kind wordpress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path goes with --kind folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYLINE_PASSWORD is set: no password was read or stored. Set it for every run, or add the target again without it to keep the password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the Application Password on standard input (one line), or set BYLINE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 was not added: the password could not be stored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no target called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is built in and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the target %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds, lists, removes and tests the places Byline publishes to.

  add NAME --kind folder --path DIR
                  A folder: each article becomes a small static site in DIR.
  add NAME --kind wordpress --url URL --user USER
                  A WordPress site, signed in with an Application Password (Users &gt; Profile in WordPress). The password is read from standard input (one line; typed without echo on a terminal) and kept only in the system keychain; when BYLINE_PASSWORD is set, that is used and nothing is read or stored. If the keychain cannot store it, the target is not added.
  list            The targets; the built-in &quot;folder&quot; writes to your Documents folder.
  remove NAME     Removes a target and its password.
  test [NAME]     Signs in and says what the account may do (the default target without NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s name: letters, digits, dots, dashes and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the kind of target, folder or wordpress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the folder the articles go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the WordPress site&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the WordPress user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: make this the target &quot;byline publish&quot; uses by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose add, list, remove or test (see byline targets --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind, --path, --url, --user and --default go with add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one target name after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends an article to a publishing target and waits until it is there. The article is queued as the window&apos;s Publish… does it (its current text, saved as a revision), the job runs with its progress on standard error, and on success the post&apos;s id on the site and its address are printed (a folder target has no id: only the address). When the site refuses, or the account may not take the action, it exits with 1 and the reason, and the job stays in the queue (see byline queue).

STATUS: draft (a CMS draft), pending (submit for review), publish (publish now), future (schedule at --at) or unpublish (take a published story back).
--at takes an ISO 8601 date and time such as 2025-06-02T09:00; without an offset it is read in the publication&apos;s time zone (%1), with Z or +09:00 as given. It must be in the future.

While the Byline window runs this library&apos;s queue, the job is left to it and this command follows it until it ends. Ctrl+C cancels the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target to publish to (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, pending, publish, future or unpublish (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future: when the story goes live (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --status draft, pending, publish, future or unpublish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, pending, publish, future or unpublish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status future needs --at, the date and time the story goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;; write it as ISO 8601, such as 2025-06-02T09:00 or 2025-06-02T09:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time %1 has passed; a scheduled story needs a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at goes with --status future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no target called %1; &quot;byline targets list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: queued: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 waits in the queue: once the cause is fixed, &quot;byline queue retry %1&quot; sends it again; &quot;byline queue cancel %1&quot; drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>goes live at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The jobs not sent yet stay in the queue; &quot;byline queue run&quot; resumes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and runs the library&apos;s publish queue, the same one the window&apos;s Publishing dock shows.

  list            Every job, newest first: id, state, target, action, attempts, headline, then its last message and the story&apos;s address on the site.
  run             Sends every job that is due and waits for those that retry, until none is open. Prints one line per job as it ends: &quot;ID done URL&quot;, &quot;ID held WHY&quot; or &quot;ID cancelled WHY&quot;. Exits with 1 if a job was held. While the Byline window runs the queue, this follows it instead.
  retry JOB       Queues a held, waiting or cancelled job again (--overwrite: replace an edit made on the site since Byline last sent the story).
  cancel JOB      Cancels a job that is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, run, retry or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry, cancel: the job&apos;s id, as &quot;byline queue list&quot; shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: replace the story on the site even if it was edited there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose list, run, retry or cancel (see byline queue --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overwrite goes with retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one job id (a number, as &quot;byline queue list&quot; shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in the publish queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is done: its story is on the site. Publish the article again to send a newer version, or with --status unpublish to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is queued again; &quot;byline queue run&quot; sends it, as does the Byline window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, remove or test publishing targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an article to a target (draft, review, publish, schedule) and wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, run, retry or cancel the publish queue&apos;s jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .byline package, article JSON file or web page to import and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged. Run the command again: Byline will set the damaged file aside and copy what can still be read into a new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new draft to the library and prints its id.

BYLINE is &quot;[OUTLET] NAME &lt;EMAIL&gt;, NAME ...&quot;, read as the editor&apos;s Reporters field reads it: reporters are separated by commas or middle dots (·, ㆍ), each with an optional email in angle brackets; titles such as 기자 and 특파원 are dropped, and a Korean name is one word. The outlet may also go without brackets before a Korean name. Examples: &quot;한빛일보 김민지ㆍ박서준 기자&quot;, &quot;[한빛일보] 김민지 &lt;minji@x.kr&gt;, 박서준&quot;, &quot;Jane Doe &lt;jane@example.com&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: give one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the fields given of an article in the library, as the editor would, and leaves the others as they are. Nothing is changed when a value is refused.

--embargo takes an ISO 8601 date and time such as 2026-12-01T09:00, read in the publication&apos;s time zone (%1) unless it carries Z or an offset such as +09:00; &quot;none&quot; lifts the embargo. Byline does not publish or schedule the story for a time before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to change: --headline, --deck, --byline, --section, --tags, --body or --embargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags, separated by commas (an empty list removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be published before TIME (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be published before TIME (ISO 8601), or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a story needs a headline; --headline cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the embargo &quot;%1&quot;; write it as ISO 8601, such as 2026-12-01T09:00 (in the publication&apos;s time zone, %2) or 2026-12-01T09:00+09:00, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the headline, byline, embargo or other fields of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not on %2: send it there first (byline publish), or open it from the desk (byline desk open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is on %2; say which with --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site the story is on, when it is on more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns a filed story to its reporter (반려) with a note saying why: the post goes back to draft on the site and the reporter sees the note. The action goes through the publish queue: offline, it waits and is sent once when the network is back. On success it prints the post&apos;s id and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the story goes back (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the story goes back with --note TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves a filed story (출고): it is published now, or at --at. --at takes an ISO 8601 date and time such as 2026-12-01T09:00, read in the publication&apos;s time zone (%1) unless it carries Z or an offset. A story under embargo is not approved for a time before it. The action goes through the publish queue; on success it prints the post&apos;s id and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the story goes live (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the desk&apos;s notes on a story the site has, oldest first: who wrote each, when, and whether it returned or approved the story. Only accounts that may edit the story can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return a filed story to its reporter with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a filed story: publish now or at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the desk&apos;s notes on a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose desk it is (byline targets list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the stories on a site&apos;s desk: filed (송고), in editing (데스킹 중), returned (반려), scheduled (예약) and published in the last 24 hours (출고), with who holds each. Offline, it shows the last list it read, saying when that was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these stories: filed, editing, returned, scheduled, published or all (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stories as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose desk with --target NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes filed, editing, returned, scheduled, published or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as it was at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens a story from a site&apos;s desk into the library with every attached photo, takes its lock and prints the local article&apos;s id. When someone else is editing it, the story comes in read-only and the command says who holds it (exit 1); --take-over takes the lock from them. Opening the same story again updates the same article, keeping the text it had as a revision. The lock lasts WordPress&apos;s 150 seconds unless the window&apos;s editor keeps it; &quot;byline desk release ID&quot; lets it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s post id on the site (byline desk list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the lock from whoever is editing the story (ask them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one post id, as byline desk list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is in the library read-only; add --take-over to take it from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets go of the lock on a story opened from the desk (byline desk open), so others can edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 was not opened from a desk; there is no lock to let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story (post %1 on %2) is free for others to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stories on a site&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story from the desk into the library and take its lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go of the lock on a story from the desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone edited this story on %1 at %2, after Byline last sent it (%3). Sending Byline&apos;s version now would overwrite their edit. Choose which version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, queued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the Site&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Byline&apos;s version; the edit made on the site is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Site&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the site as it is and cancel this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::CredentialStore</name>
    <message>
        <source>The system keychain refused access to the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Passwords are kept only there; start your desktop&apos;s keyring, or set BYLINE_PASSWORD for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::CropDialog</name>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop and Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskAnswers</name>
    <message>
        <source>it has no token for the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the story that was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its story cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say what became of the story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskClient</name>
    <message>
        <source>&quot;%1&quot; is a folder: the desk works with a WordPress site that has the Byline connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of target the desk works with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskDock</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose desk is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the story (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the story to its reporter with a note (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the story now or at a set time (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the site for the list now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My stories %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stories you filed: where each is and who holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk shows the stories filed on a WordPress site with the Byline connector 2.0. Add the site in Settings &gt; Publishing Targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · no list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to this site still works; the desk needs the connector on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskInboxModel</name>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskNews</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story was returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes out at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskNotesPanel</name>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskNotifier</name>
    <message>
        <source>Open the story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskOpener</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its place in the text, shown empty in the preview: put the photo back there or take the place out before publishing, or the story goes out without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s text cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The copy in this library (article %2) is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos cannot be downloaded into the library folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: the site says it is %2; Byline takes photos of up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: it cannot be written on this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: the site sent more than the %2 it said the photo is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out: the site sent %2 of the %3 it said the photo is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the desk&apos;s copy of post %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text this library had is kept as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be brought into the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskStore</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s list could not be kept for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s link to the desk could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s lock could not be noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 was not opened from a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s link to the desk could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskSupport</name>
    <message>
        <source>Ask the site&apos;s administrator to install the Byline connector 2.0: the file byline-connector.php that comes with Byline goes into the site&apos;s wp-content/mu-plugins/ folder (see &quot;WordPress&quot; in Byline&apos;s documentation). Publishing works meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no Byline connector, which the desk needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has the Byline connector %1; the desk needs version 2.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s Byline connector %1 lacks what the desk needs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::DeskWatcher</name>
    <message>
        <source>This account has no desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Embargo</name>
    <message>
        <source>This story is under embargo until %1, and the time chosen, %2, is before it. Schedule it for %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story is under embargo until %1 and cannot go live before then. Schedule it for %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::FindDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words (particles allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>수달 finds 수달, 수달이, 수달에서, but not 수달피.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made.</source>
        <translation>
            <numerusform>%n replacement made.</numerusform>
            <numerusform>%n replacements made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in headline, deck and body.</source>
        <translation>
            <numerusform>%n match in headline, deck and body.</numerusform>
            <numerusform>%n matches in headline, deck and body.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::FolderPublisher</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish into %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::FolderTarget</name>
    <message>
        <source>Cannot publish into %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: it is in use or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::HtmlImport</name>
    <message>
        <source>The page is written in the character set &quot;%1&quot;, which this Byline cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no headline and no article text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::HttpConnection</name>
    <message>
        <source>Only http and https addresses can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s answer has too many headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s answer is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the sign-in (HTTP 407); check the user name and password for the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed, and this computer does not trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet (is this computer&apos;s clock right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued for another name than the site&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s list of trusted certificate authorities could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection to the site could not be set up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy could not connect to the site (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection could be made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange with the site failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer version of Byline. Update Byline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Your text is safe in the editor and will be saved when space is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be written to: its disk or folder is read-only. Your text is safe in the editor and will be saved when the library can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the library. Your text is safe in the editor and will be saved in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged. Your text is safe in the editor; restart Byline to repair the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk reported an error. Check that the disk is still connected and working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library file cannot be opened. Check that the library folder still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library reported an unexpected error (SQLite code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the library in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Byline library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 cannot be used as it is and could not be moved aside. Move it away by hand and start Byline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stories could not be copied into the new library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::LibraryFile</name>
    <message numerus="yes">
        <source>The library file was damaged. %n story(s) could still be read and were copied into a new library; the damaged file was kept at %1.</source>
        <translation>
            <numerusform>The library file was damaged. %n story could still be read and was copied into a new library; the damaged file was kept at %1.</numerusform>
            <numerusform>The library file was damaged. %n stories could still be read and were copied into a new library; the damaged file was kept at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library file is not a Byline library (or no longer looks like one), so Byline did not change it: it was kept at %1 and a new library was started. %n story(s) could be read from it and were copied into the new library.</source>
        <translation>
            <numerusform>The library file is not a Byline library (or no longer looks like one), so Byline did not change it: it was kept at %1 and a new library was started. %n story could be read from it and was copied into the new library.</numerusform>
            <numerusform>The library file is not a Byline library (or no longer looks like one), so Byline did not change it: it was kept at %1 and a new library was started. %n stories could be read from it and were copied into the new library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library&apos;s journal (library.sqlite-wal) belonged to another database, so Byline did not apply it: the library and that journal were kept untouched at %1. %n story(s) were copied from the library into a new one; the latest edits may be missing.</source>
        <translation>
            <numerusform>The library&apos;s journal (library.sqlite-wal) belonged to another database, so Byline did not apply it: the library and that journal were kept untouched at %1. %n story was copied from the library into a new one; the latest edits may be missing.</numerusform>
            <numerusform>The library&apos;s journal (library.sqlite-wal) belonged to another database, so Byline did not apply it: the library and that journal were kept untouched at %1. %n stories were copied from the library into a new one; the latest edits may be missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library file was empty (0 bytes): its stories were lost before Byline started, for example by a failed copy or a full disk. The empty file was kept at %1 and a new library was started; restore the library from a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) could be read from its journal and were copied into the new library.</source>
        <translation>
            <numerusform>%n story could be read from its journal and was copied into the new library.</numerusform>
            <numerusform>%n stories could be read from its journal and were copied into the new library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them come from their last named revision or publish snapshot, so later edits may be missing.</source>
        <translation>
            <numerusform>%n of them comes from its last named revision or publish snapshot, so later edits may be missing.</numerusform>
            <numerusform>%n of them come from their last named revision or publish snapshot, so later edits may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other story(s) could not be read.</source>
        <translation>
            <numerusform>%n other story could not be read.</numerusform>
            <numerusform>%n other stories could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LibraryLock</name>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is already open in another Byline window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is already open in %2. Close that window, or open another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline cannot write in the library folder %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 could not be locked for this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses (http, https) and email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::LockKeeper</name>
    <message>
        <source>Kept when %1 took the story over (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept when the story could no longer be edited on the site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving works again. Everything you wrote is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is saved as you type; this keeps a named revision to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline did not close properly last time. Your article was recovered from the autosave; at most the last second of typing may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

If you quit now they are lost. Keep Byline open and try again when the problem is fixed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · %2 without spaces · %3 words · %4 manuscript sheets · %5 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Length target of the publication: %n characters with spaces</source>
        <translation>
            <numerusform>Length target of the publication: %n character with spaces</numerusform>
            <numerusform>Length target of the publication: %n characters with spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is safe in the editor. Byline keeps trying and saves it as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search headlines and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.byline *.json *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline package (*.byline);;Article JSON (*.json);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create an article first; photos belong to an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this story to the site: as a draft, for review, now or at a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing: %n job(s) need you.</source>
        <translation>
            <numerusform>Publishing: %n job needs you.</numerusform>
            <numerusform>Publishing: %n jobs need you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is queued for %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the story yourself; the other editor&apos;s Byline turns read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” from the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1” from the desk first: the desk returns and approves stories it has opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is editing this story. If you take it over, their Byline keeps what they wrote as a revision and turns read-only. Take it over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story is read-only here: the site no longer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing since %2. You can read the story; to edit it, take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Outbox</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled story needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by job %1 (a newer revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish queue could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in the publish queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is done: there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again to replace the edit made on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is done and cannot be cancelled; unpublish the story instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story goes back to its reporter with a note saying why: write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: write what the reporter or the desk should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; the site keeps at most %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story is not on %1: send it there first, or open it from the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PageTemplate</name>
    <message>
        <source>{{{%1}} has three opening braces but only two closing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag opened with {{{ is never closed with }}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag opened with {{ is never closed with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partials ({{&gt;%1}}) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the delimiters ({{=…=}}) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, _ and -, parts joined by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot name &quot;%1&quot; cannot contain dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot {{$%1}} is inside {{#%2}}: slots must be outside sections, so the element is always on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot {{$%1}} is already defined on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot {{$%1}} must directly follow the start tag of an element with data-byline-slot=&quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} does not match %2 opened on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot {{$%1}} must end right before the end tag of its element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never closed with {{/%2}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1%2}} is nested more than %3 sections deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template makes too large a page: its sections repeat too often (more than %1 steps or %2 million characters), so the page was not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoImport</name>
    <message>
        <source>%1 is a folder; choose the photos inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: the file is no longer there (it was moved or deleted during the import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline imports JPEG, PNG, WebP and TIFF photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a photo. %2 Export the picture as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a photo, but its contents are not a picture Byline can read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GIF is not supported for news photos; export a JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image. %3 Export it as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); Byline takes photos up to %5 megapixels. Import a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short: the JPEG data ends before the picture does. The file was probably not copied completely; copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the caption and credit in the file could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder with no photos directly inside it (its subfolders are not searched); choose the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the folder %1 (its subfolders are not searched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and could not be decoded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; Byline takes photos of up to %3 MB. Import a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Byline takes photos of up to %2 MB. Import a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoImportJob</name>
    <message>
        <source>%1 is not a web address Byline can download from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not downloaded: it is larger than %2 MB, too large for a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved for importing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoListModel</name>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a credit before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs alt text (what the picture shows) before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoMetadataIO</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption&apos;s character set is unknown; check the Korean text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the caption and credit into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before its picture does (it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents are not a picture of the type its start claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents are not a picture of any type Byline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture type is not one Byline can read metadata from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure is damaged: a part reaches past the end of the file or has an impossible size (the file may be cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its XMP metadata is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour profile is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata asks for more memory than a photo needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exiv2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the photo %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the photo %1: its metadata could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the caption and credit into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read from the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents are not a picture Byline can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its picture data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header does not describe a picture (damaged, or not a photo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the photo into the body at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop and rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo from the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (shown after ▲)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text: describe the picture for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit: name the photographer or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body shows this photo. Removing it also takes it out of the body. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing; the photos already added stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PhotoStore</name>
    <message>
        <source>The lead photo could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos could not be reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 has an id that Byline does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article already has the photo %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no photo %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is not in article %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the desktop page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the preview to the part being edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Publication</name>
    <message>
        <source>The publication setting &quot;%1&quot; has the wrong type; its default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication setting &quot;%1&quot; must be between %2 and %3; its default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address &quot;%1&quot; must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption style &quot;%1&quot; has no {caption}; the default style is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known; %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share link &quot;%1&quot; must be empty or start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishDialog</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site in Settings ▸ Publishing Targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site keeps it as a draft; nobody sees it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk finds it waiting for review (pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers see it as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site publishes it at the time chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the story off the site; it goes back to draft there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) without alt text, which blind readers rely on: %1</source>
        <translation>
            <numerusform>%n photo without alt text, which blind readers rely on: %1</numerusform>
            <numerusform>%n photos without alt text, which blind readers rely on: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) without a credit: %1</source>
        <translation>
            <numerusform>%n photo without a credit: %1</numerusform>
            <numerusform>%n photos without a credit: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the story goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future for a scheduled story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishDock</name>
    <message>
        <source>Log of the attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  attempt %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this job again now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this job; the site keeps what it already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the published story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story was changed on the site: compare both versions and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Byline (perhaps the command line) is publishing from this library; this list follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be published.
Stories you send with Article ▸ Publish… (%1) are listed here until they reach the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline&apos;s version of “%1” is queued to replace the site&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s version of “%1” stays; the job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishJob</name>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishJobModel</name>
    <message>
        <source>Next attempt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishQueueLock</name>
    <message>
        <source>Cannot take the publish queue&apos;s lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishRunner</name>
    <message>
        <source>Stopped before it finished; it continues when the queue runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Trying again in %n s.</numerusform>
            <numerusform>%1 Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The story this job sends cannot be read from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target called &quot;%1&quot;. Add it in Settings, or with byline targets add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n photos…</source>
        <translation>
            <numerusform>Uploading %n photo…</numerusform>
            <numerusform>Uploading %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo %1 cannot be prepared for the web: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 is on the site (media %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: post %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts in a row that got nothing onto the site. %1</source>
        <translation>
            <numerusform>Gave up after %n attempt that got nothing onto the site. %1</numerusform>
            <numerusform>Gave up after %n attempts in a row that got nothing onto the site. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot take a story&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story is not on %1 yet, so the desk cannot act on it there. Send it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The site had it already from an attempt whose answer was lost; it was done once.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning the story to its reporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the reporter with the note: post %1 is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: post %1 is scheduled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: post %1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is on post %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishService</name>
    <message>
        <source>There is no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 writes each article into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update published stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Byline connector is installed: a retry never makes a second post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Byline connector is not installed: Byline avoids duplicates when it hears the site&apos;s answer; see docs/wordpress.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::PublishTarget</name>
    <message>
        <source>Unknown kind of target &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target takes photos with the story.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Rendition</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is too large: %2 megapixels, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the web copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decode the photo %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ReturnDialog</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to its reporter as a draft with your note. Say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Name the source of the quote in the second paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the reporter: a story is never returned without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::RevisionStore</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Pack Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::SourceView</name>
    <message>
        <source>&amp;Apply to Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits here apply to the article when you return to the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was applied. Fix the lines listed, or return to the editor to discard these edits.</source>
        <translation>
            <numerusform>%n problem: nothing was applied. Fix the line listed, or return to the editor to discard these edits.</numerusform>
            <numerusform>%n problems: nothing was applied. Fix the lines listed, or return to the editor to discard these edits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::StaticSite</name>
    <message>
        <source>The photo %1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::StyleSheetCheck</name>
    <message>
        <source>@import is not allowed: put all styles in the pack&apos;s style sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression() is not allowed: pages run no scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url(%1) is outside the pack: a style sheet may use only the pack&apos;s own files and data: pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/style&gt; cannot appear in a style sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TargetAccount</name>
    <message>
        <source>The target name &quot;%1&quot; is not usable: use up to 64 letters, digits, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder target &quot;%1&quot; needs a folder (--path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress target &quot;%1&quot; needs the site&apos;s http or https address (--url), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress target &quot;%1&quot; needs a user name (--user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of target &quot;%1&quot;: use folder or wordpress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TargetAccountDialog</name>
    <message>
        <source>Edit Publishing Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Publishing Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. desk or hanbit-wp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the queue and the command line call this target: letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (a static site on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to Publish To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Users ▸ Profile ▸ Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Application Password made for Byline in your WordPress profile, not your sign-in password. It is kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a target called “%1”: edit it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Application Password made for Byline in the WordPress profile of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TargetOutcome</name>
    <message>
        <source>This account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not write stories on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not upload photos, and this story has photos. Ask the site&apos;s administrator for the upload right, or send the story without photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change a story that is already published. Ask the desk to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not publish or schedule stories: it may only submit them for review. Submit it, and the desk publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change a story that is already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story is not on the site, so there is nothing to unpublish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not unpublish stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not edit other people&apos;s stories, so it cannot return them to their reporter. The desk returns stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not publish stories, so it cannot approve them. The desk approves stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not edit other people&apos;s stories, so it cannot approve them. The desk approves stories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TargetsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and see what this account may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories go to the default target unless you choose another when you publish. Passwords are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Publishing Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the target “%1”? Stories already on it stay there; jobs still queued for it will wait for a target of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TemplateMarkup</name>
    <message>
        <source>The template ends inside &lt;%1&gt;: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template ends inside a tag or a comment: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2 and %3 on line %4 are in different places of the markup (such as one inside a tag and one outside): a section must end where it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only stand in the page&apos;s text, not inside a tag, an attribute, a comment, &lt;title&gt; or &lt;style&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand inside the end tag &lt;/%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand between the attributes of &lt;%2&gt;: put it in a quoted attribute value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the unquoted value of %2: put the value in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand inside an HTML comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand inside &lt;style&gt;: style sheets hold no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand inside the name of a tag or an attribute, or in &lt;!…&gt;: the markup would change with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand inside a style attribute: style sheets hold no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stand in the %2 attribute: its value must be written out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2=&quot;…&quot; must be the whole start of the address or follow its scheme (https:), a /, ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not allowed: links may use http:, https:, mailto: and tel: only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; in &lt;%3&gt; is outside the pack: a page may load only the pack&apos;s own files and data: pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline &lt;%1&gt; is not allowed in a template pack: show a picture from the pack&apos;s assets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in a template pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event handler attributes (%1) are not allowed: pages run no scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;meta http-equiv&gt; is not allowed: {{{page.head}}} sets the page&apos;s security policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 attribute is not allowed in a template pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;link rel=&quot;%1&quot;&gt; is not allowed: a template may only have canonical, alternate, author and license links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in %1=&quot;…&quot; mixes values and text before its path: a value must be the whole start of the address or follow its scheme (https:), a /, ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a Mustache tag inside &lt;%1&gt;, put a space before the next attribute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TemplatePack</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no {{{page.head}}} in its &lt;head&gt;: it carries the character set and the security policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body slot must hold only {{{article.body}}}, so the preview can replace single paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot; (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;version&quot; (text, such as &quot;1.0&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;description&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;assets&quot; must be an object of names and file paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the asset name &quot;%2&quot; may only have letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the asset &quot;%2&quot; must be a relative path inside the pack&apos;s folder, without &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset %1 is not a picture Byline can show (SVG, PNG, JPEG, GIF, WebP or ICO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack %1 has no article.html (or desktop.html and mobile.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack %1 cannot be used, so the built-in one is shown instead. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link (or lies in a linked folder): a template pack may hold only its own files, not links to files elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 assets; a pack may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets of %1 are larger than %2 MB together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WordPressDesk</name>
    <message>
        <source>%1: the story (post %2) is no longer on the site: it was deleted or moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than Byline reads (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not what was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the site what its desk offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the desk&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories in the site&apos;s list could not be read and are not shown.</source>
        <translation>
            <numerusform>%n story in the site&apos;s list could not be read and is not shown.</numerusform>
            <numerusform>%n stories in the site&apos;s list could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names the item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site named no photo file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the photo is larger than %2 MB, more than Byline takes from a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the photo could not be written on this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this story since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say who holds the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting go of the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the notes (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be read and are not shown.</source>
        <translation>
            <numerusform>%n note could not be read and is not shown.</numerusform>
            <numerusform>%n notes could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the story (post %1) to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a note to the story (post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a return needs a note telling the reporter what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the story is under embargo until %2; it cannot go out before then. Schedule it for that time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the story is under embargo; it cannot go out yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WordPressTarget</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline; the story waits for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not reach %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site asked Byline to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site had a problem (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WordPress refused the request as invalid (HTTP %4). The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WordPress refused the sign-in of &quot;%3&quot; (HTTP %4). Check the user name and the Application Password in the target&apos;s settings. The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account &quot;%3&quot; may not do this on the site (HTTP %4). The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site has no such item or address (HTTP %4). Check the site&apos;s address. The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site already has this item (HTTP %4). The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than the site accepts (HTTP %4). Ask the site&apos;s administrator to raise the upload limit, or make the photo smaller. The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site refused (HTTP %4). The site says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an earlier copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the story on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the story is not on the site, so there is nothing to unpublish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this story on the site at %1 (UTC), after Byline last sent it. Compare the two versions, then replace the site&apos;s version or cancel this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the story (post %2) was deleted on the site. Restore it there, or cancel this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no category &quot;%1&quot; and this account may not add one; the story went without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tags are not on the site and this account may not add them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the site sent Byline to another address (HTTP %2): %3. Change the target&apos;s address in Settings to the site&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not trusted (%3). Check the site&apos;s address; if it is right, the site&apos;s administrator must fix its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a WordPress site (no REST API at /wp-json/ or ?rest_route=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the list that was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names the item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the story that was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the story that was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer from %2 is damaged: %3. Nothing was recorded as done; the site&apos;s administrator may need to look at its error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer from %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is too large to send its structure with it (more than %1 MB); another Byline will open it from its text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Byline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters with spaces the publication expects for a story; the status bar shows progress towards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masthead &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the outlet in each story&apos;s byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a template pack from a folder (docs/templates.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows a change at once; stories published from now on use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
