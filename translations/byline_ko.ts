<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Byline</source>
        <translation>Byline 정보</translation>
    </message>
    <message>
        <source>The newsroom editor for reporters and desks.</source>
        <translation>기자와 데스크를 위한 뉴스룸 편집기.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation>Chromium (Qt WebEngine):</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>보관함:</translation>
    </message>
</context>
<context>
    <name>Byline::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (빌드: %2)</translation>
    </message>
</context>
<context>
    <name>Byline::Application</name>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
</context>
<context>
    <name>Byline::Article</name>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>송고됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>출고됨</translation>
    </message>
    <message>
        <source> reporter</source>
        <translation> 기자</translation>
    </message>
    <message>
        <source>This is not a Byline article file.</source>
        <translation>Byline 기사 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The article file has no valid format version.</source>
        <translation>기사 파일에 올바른 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The article was written by a newer Byline (format %1; this version reads up to %2). Update Byline to open it.</source>
        <translation>더 새로운 Byline에서 작성한 기사입니다(형식 %1, 이 버전은 %2까지 읽을 수 있음). 열려면 Byline을 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>최종 수정</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleView</name>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>부제</translation>
    </message>
</context>
<context>
    <name>Byline::Cli</name>
    <message>
        <source>Usage: byline [--library DIR] [COMMAND] [OPTIONS]</source>
        <translation>사용법: byline [--library 폴더] [명령] [옵션]</translation>
    </message>
    <message>
        <source>Without a command, Byline opens its editor window.</source>
        <translation>명령 없이 실행하면 Byline 편집 창이 열립니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Use the library in DIR instead of your own (default: %1)</source>
        <translation>내 보관함 대신 DIR의 보관함 사용(기본값: %1)</translation>
    </message>
    <message>
        <source>Open the window, save a PNG of it to FILE and quit</source>
        <translation>창을 열어 FILE에 PNG로 저장한 뒤 종료</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>이 도움말 보기</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>버전 보기</translation>
    </message>
    <message>
        <source>Run "byline COMMAND --help" for the options of a command.</source>
        <translation>명령별 옵션은 "byline 명령 --help"로 확인하세요.</translation>
    </message>
    <message>
        <source>byline: unknown command "%1".</source>
        <translation>byline: 알 수 없는 명령 "%1"입니다.</translation>
    </message>
    <message>
        <source>Run "byline --help" for the list of commands.</source>
        <translation>명령 목록은 "byline --help"로 확인하세요.</translation>
    </message>
    <message>
        <source>Lists the articles in the library, most recently edited first.</source>
        <translation>보관함의 기사를 최근 수정한 순서로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation>표 대신 JSON으로 출력</translation>
    </message>
    <message>
        <source>The library has no articles.</source>
        <translation>보관함에 기사가 없습니다.</translation>
    </message>
    <message>
        <source>List the articles in the library</source>
        <translation>보관함의 기사 목록 보기</translation>
    </message>
    <message>
        <source>Save a PNG of the window</source>
        <translation>창을 PNG로 저장</translation>
    </message>
</context>
<context>
    <name>Byline::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable.</source>
        <translation>보관함 폴더 %1을(를) 만들 수 없습니다. 디스크에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot open the library in %1: %2</source>
        <translation>%1의 보관함을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The library file cannot be read: %1</source>
        <translation>보관함 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Byline. Update Byline to open it.</source>
        <translation>더 새로운 버전의 Byline에서 만든 보관함입니다. 열려면 Byline을 업데이트하세요.</translation>
    </message>
    <message>
        <source>The library could not be upgraded: %1</source>
        <translation>보관함을 새 형식으로 바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The article could not be saved: %1</source>
        <translation>기사를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Photos of this article appear here.</source>
        <translation>이 기사의 사진이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Publish Queue</source>
        <translation>출고 대기열</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>새 기사(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>판 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>찾기 및 바꾸기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation>Byline 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>보관함: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n건</numerusform></translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>새 기사</translation>
    </message>
</context>
<context>
    <name>Byline::PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>모바일</translation>
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Byline starts.</source>
        <translation>바꾼 언어는 Byline을 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
</TS>