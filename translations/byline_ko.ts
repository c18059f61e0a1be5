<?xml version="1.0" encoding="utf-8"?>
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
    <name>Byline::ApproveDialog</name>
    <message>
        <source>Publish &amp;now</source>
        <translation>지금 출고(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Schedule at:</source>
        <translation>예약 시각(&amp;S):</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>%1 goes out on the site.</source>
        <translation>%1 기사가 사이트에 출고됩니다.</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>엠바고: %1까지</translation>
    </message>
    <message>
        <source>Embargo: %1</source>
        <translation>엠바고: %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>출고(&amp;A)</translation>
    </message>
    <message>
        <source>Not before the embargo: %1.</source>
        <translation>엠바고(%1) 전에는 출고할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or publish now.</source>
        <translation>앞으로의 시각을 고르거나 지금 출고하세요.</translation>
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
    <message>
        <source>The article&apos;s embargo is not a time with its zone (such as 2026-12-01T09:00:00Z).</source>
        <translation>기사의 엠바고가 시간대가 있는 시각이 아닙니다(예: 2026-12-01T09:00:00Z).</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>reporters</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>슬러그</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>발신지</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>본문 수정</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>사진 제거</translation>
    </message>
    <message>
        <source>Edit photo caption</source>
        <translation>사진 캡션 수정</translation>
    </message>
    <message>
        <source>Edit photo credit</source>
        <translation>사진 크레디트 수정</translation>
    </message>
    <message>
        <source>Edit photo alt text</source>
        <translation>사진 대체 텍스트 수정</translation>
    </message>
    <message>
        <source>Crop photo</source>
        <translation>사진 자르기</translation>
    </message>
    <message>
        <source>Change lead photo</source>
        <translation>대표 사진 변경</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>사진 순서 변경</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>엠바고</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleEditor</name>
    <message>
        <source>Edit HTML source</source>
        <translation>HTML 소스 수정</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>HTML Source</source>
        <translation>HTML 소스</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Deck (subheadline)</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Reporter &lt;email&gt;, Reporter</source>
        <translation>기자 이름 &lt;이메일&gt;, 기자 이름</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <source>web-address-slug</source>
        <translation>웹-주소-슬러그</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>발신지</translation>
    </message>
    <message>
        <source>Summary for lists, search and sharing</source>
        <translation>목록, 검색, 공유에 쓰이는 요약</translation>
    </message>
    <message>
        <source>Out&amp;let:</source>
        <translation>매체(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reporters:</source>
        <translation>기자(&amp;R):</translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation>섹션(&amp;T):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>Sl&amp;ug:</source>
        <translation>슬러그(&amp;U):</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>요약(&amp;M):</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>기울임꼴</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>링크 삽입 또는 편집</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Body paragraph</source>
        <translation>본문 문단</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>소제목</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Minor subheading</source>
        <translation>작은 소제목</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>인용문 단락</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 목록</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>글머리 기호 목록</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 목록</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>번호 목록</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>서식 지우기</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>서식 지우기</translation>
    </message>
    <message numerus="yes">
        <source>The HTML source has %n problem(s) and was not applied. Go back and fix it, or discard the source edits?</source>
        <translation>
            <numerusform>HTML 소스에 문제가 %n건 있어 적용하지 않았습니다. 돌아가서 고치시겠습니까, 아니면 소스 편집 내용을 버리시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>발신지(&amp;D):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>Em&amp;bargo:</source>
        <translation>엠바고(&amp;B):</translation>
    </message>
    <message>
        <source>Not to be published before this time. Untick to lift it.</source>
        <translation>이 시각 전에는 게시하지 않습니다. 체크를 풀면 해제됩니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation>엠바고 해제됨</translation>
    </message>
    <message>
        <source>%1 until the embargo</source>
        <translation>엠바고까지 %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%3바이트 위치: %2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Byline package, an article JSON file or a web page.</source>
        <translation>%1은(는) Byline 패키지, 기사 JSON 파일, 웹 페이지 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <source>Article %1 already has this article&apos;s UUID; the import was added as a copy with a new UUID (headline kept).</source>
        <translation>%1번 기사가 이미 이 기사의 UUID를 쓰고 있어, 가져온 기사를 새 UUID를 붙인 사본으로 추가했습니다(제목은 그대로 유지).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The package&apos;s list of photos is damaged; the article was read without its photos.</source>
        <translation>패키지의 사진 목록이 손상되어 사진 없이 기사만 읽었습니다.</translation>
    </message>
    <message>
        <source>The photo %1 is missing from the package or damaged; the article was imported without it.</source>
        <translation>사진 %1이(가) 패키지에 없거나 손상되어 그 사진 없이 기사를 가져왔습니다.</translation>
    </message>
    <message>
        <source>The photo %1 could not be added: %2</source>
        <translation>사진 %1을(를) 추가하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Cannot export the photo %1: %2</source>
        <translation>사진 %1을(를) 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The package&apos;s list of photos could not be read (%1); the article was read without its photos.</source>
        <translation>패키지의 사진 목록을 읽을 수 없어(%1) 사진 없이 기사만 읽었습니다.</translation>
    </message>
    <message>
        <source>The photo %1 has an id that Byline does not accept (only letters, digits, - and _); it was given a new one.</source>
        <translation>사진 %1의 id는 Byline에서 받아들일 수 없는 형식이라(영문자, 숫자, -, _만 가능) 새 id를 붙였습니다.</translation>
    </message>
    <message>
        <source>The photos %1 and %2 have the same id in the package; %2 was given a new one, and the article&apos;s figures show %1.</source>
        <translation>패키지에서 사진 %1과(와) %2의 id가 같습니다. %2에는 새 id를 붙였으며, 기사 본문의 사진 자리에는 %1이(가) 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Byline reads articles and pages of up to %3 MB.</source>
        <translation>%1은(는) %2MB입니다. Byline은 %3MB까지의 기사와 웹 페이지를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Byline reads articles and pages of up to %2 MB.</source>
        <translation>%1이(가) %2MB보다 큽니다. Byline은 %2MB까지의 기사와 웹 페이지를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>#%1 (no file name)</source>
        <translation>#%1(파일 이름 없음)</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 was left out: %2. The article was imported without it.</source>
        <translation>사진 %1은(는) 제외했습니다: %2. 그 사진 없이 기사를 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1 The article was imported without it.</source>
        <translation>%1 그 사진 없이 기사를 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleHtml</name>
    <message>
        <source>Line %1: the comment would be removed.</source>
        <translation>%1행: 주석이 제거됩니다.</translation>
    </message>
    <message>
        <source>Line %1: text in a figure outside its &lt;figcaption&gt; would become part of the caption.</source>
        <translation>%1행: figure 안에서 &lt;figcaption&gt; 밖에 있는 텍스트는 캡션에 합쳐집니다.</translation>
    </message>
    <message>
        <source>Line %1: text outside a paragraph would be put in a paragraph.</source>
        <translation>%1행: 문단 밖에 있는 텍스트는 문단으로 묶입니다.</translation>
    </message>
    <message>
        <source>Line %1: the attribute %2 of &lt;%3&gt; is not part of the article format and would be removed.</source>
        <translation>%1행: &lt;%3&gt; 요소의 %2 속성은 기사 형식에 없으므로 제거됩니다.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of the article format and would be removed with its content.</source>
        <translation>%1행: &lt;%2&gt; 요소는 기사 형식에 없으므로 내용과 함께 제거됩니다.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of the article format and would be removed.</source>
        <translation>%1행: &lt;%2&gt; 요소는 기사 형식에 없으므로 제거됩니다.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not allowed here and would be changed.</source>
        <translation>%1행: &lt;%2&gt; 요소는 이 위치에 올 수 없으므로 변경됩니다.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; would become &lt;%3&gt;.</source>
        <translation>%1행: &lt;%2&gt; 요소가 &lt;%3&gt; 요소로 바뀝니다.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not allowed here; lists inside lists or quotes are flattened.</source>
        <translation>%1행: &lt;%2&gt; 요소는 이 위치에 올 수 없습니다. 목록이나 인용문 안의 목록은 한 단계로 풀립니다.</translation>
    </message>
    <message>
        <source>Line %1: the link to &quot;%2&quot; would be removed, keeping its text: only http, https and mailto links are allowed.</source>
        <translation>%1행: &quot;%2&quot; 링크는 제거되고 텍스트만 남습니다. http, https, mailto 링크만 허용됩니다.</translation>
    </message>
    <message>
        <source>Line %1: a &lt;figure&gt; needs data-photo or data-embed; it would be removed, keeping its text.</source>
        <translation>%1행: &lt;figure&gt;에는 data-photo 또는 data-embed가 있어야 합니다. 이 요소는 제거되고 텍스트만 남습니다.</translation>
    </message>
    <message>
        <source>Line %1: the embed &quot;%2&quot; would be removed: only http and https pages can be embedded.</source>
        <translation>%1행: &quot;%2&quot; 임베드는 제거됩니다. http, https 페이지만 임베드할 수 있습니다.</translation>
    </message>
    <message>
        <source>Line %1: empty or repeated elements would be removed and the rest put in the article format&apos;s normal form.</source>
        <translation>%1행: 비어 있거나 중복된 요소는 제거되고, 나머지는 기사 형식의 표준 형태로 정리됩니다.</translation>
    </message>
    <message>
        <source>Line %1: elements are nested more than %2 deep; Byline reads HTML nested up to %2 deep.</source>
        <translation>%1행: 요소가 %2단계보다 깊이 중첩되어 있습니다. Byline은 %2단계까지 중첩된 HTML만 읽습니다.</translation>
    </message>
    <message>
        <source>Line %1: an element has more than %2 attributes; Byline reads up to %2 on one element.</source>
        <translation>%1행: 한 요소에 속성이 %2개보다 많습니다. Byline은 한 요소에 %2개까지만 읽습니다.</translation>
    </message>
    <message>
        <source>Line %1: the HTML is too complex to read: nested elements or attributes repeat so often that reading them would take too long.</source>
        <translation>%1행: HTML이 너무 복잡해 읽을 수 없습니다. 중첩된 요소나 속성이 너무 많이 반복되어 읽는 데 지나치게 오래 걸립니다.</translation>
    </message>
    <message>
        <source>The HTML is %1 MB; Byline reads up to %2 MB of HTML at once.</source>
        <translation>HTML이 %1MB입니다. Byline은 한 번에 %2MB까지의 HTML만 읽습니다.</translation>
    </message>
    <message>
        <source>The HTML is too complex to read: it would take more than %1 MB of memory.</source>
        <translation>HTML이 너무 복잡해 읽을 수 없습니다. 읽으려면 메모리가 %1MB보다 많이 필요합니다.</translation>
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
    <name>Byline::ArticlePackage</name>
    <message>
        <source>Cannot write %1: &quot;%2&quot; is not a file name for a package.</source>
        <translation>%1에 쓸 수 없습니다: &quot;%2&quot;은(는) 패키지에 넣을 수 있는 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>it is not a Byline package (not a zip file, or a damaged one).</source>
        <translation>Byline 패키지가 아닙니다(zip 파일이 아니거나 손상된 파일입니다).</translation>
    </message>
    <message>
        <source>it is a &quot;%1&quot; file, not a Byline article.</source>
        <translation>Byline 기사가 아니라 &quot;%1&quot; 파일입니다.</translation>
    </message>
    <message>
        <source>the package has no article.json, so it holds no article.</source>
        <translation>패키지에 article.json이 없어 기사가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>article.json is empty; the package may be cut short.</source>
        <translation>article.json이 비어 있습니다. 패키지가 중간에 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>article.json is not valid JSON (%1 at byte %2); the package may be damaged.</source>
        <translation>article.json이 올바른 JSON이 아닙니다(%2바이트 위치: %1). 패키지가 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>article.json does not hold an article.</source>
        <translation>article.json에 기사가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the package holds a file with an unsafe name (&quot;%1&quot;).</source>
        <translation>패키지에 이름이 안전하지 않은 파일(&quot;%1&quot;)이 있습니다.</translation>
    </message>
    <message>
        <source>the package unpacks to more than %1 MB in all, more than Byline takes from one package</source>
        <translation>패키지의 압축을 풀면 모두 %1MB가 넘어, Byline이 패키지 하나에서 받아들이는 크기를 넘습니다</translation>
    </message>
    <message>
        <source>its compressed data in the package is damaged</source>
        <translation>패키지 안의 압축된 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB, more than Byline takes for one file</source>
        <translation>압축을 풀면 %1MB가 넘어, Byline이 파일 하나에 받아들이는 크기를 넘습니다</translation>
    </message>
    <message>
        <source>the package holds more than %1 files; a Byline package holds an article and its photos.</source>
        <translation>패키지에 파일이 %1개 넘게 들어 있습니다. Byline 패키지에는 기사 하나와 그 사진만 들어 있습니다.</translation>
    </message>
    <message>
        <source>article.json unpacks to more than %1 MB, far more than any article; the package is damaged or was not made by Byline.</source>
        <translation>article.json의 압축을 풀면 %1MB가 넘어 어떤 기사보다도 훨씬 큽니다. 패키지가 손상되었거나 Byline에서 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <source>article.json is damaged inside the package (its compressed data cannot be read).</source>
        <translation>패키지 안의 article.json이 손상되었습니다(압축된 데이터를 읽을 수 없습니다).</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleRenderer</name>
    <message>
        <source>YouTube video</source>
        <translation>유튜브 동영상</translation>
    </message>
    <message>
        <source>Naver TV video</source>
        <translation>네이버TV 동영상</translation>
    </message>
    <message>
        <source>Kakao TV video</source>
        <translation>카카오TV 동영상</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Post on X</source>
        <translation>X 게시물</translation>
    </message>
    <message>
        <source>Instagram post</source>
        <translation>인스타그램 게시물</translation>
    </message>
    <message>
        <source>Facebook post</source>
        <translation>페이스북 게시물</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>임베드 콘텐츠</translation>
    </message>
    <message>
        <source>Photo %1 is not among the article&apos;s photos.</source>
        <translation>사진 %1이(가) 기사의 사진 목록에 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be shown.</source>
        <translation>사진 %1을(를) 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 was left out: the CMS has no copy of it.</source>
        <translation>사진 %1을(를) 뺐습니다: CMS에 이 사진의 사본이 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 was left out: it is not among the article&apos;s photos.</source>
        <translation>사진 %1을(를) 뺐습니다: 기사의 사진 목록에 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleStore</name>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be listed</source>
        <translation>기사 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>The article could not be saved</source>
        <translation>기사를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is no longer in the library.</source>
        <translation>&quot;%1&quot; 기사가 더 이상 보관함에 없습니다.</translation>
    </message>
    <message>
        <source>The article could not be removed</source>
        <translation>기사를 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>보관함에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The library could not be upgraded</source>
        <translation>보관함을 업그레이드하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Byline::BodyEditing</name>
    <message>
        <source>Type a web or email address.</source>
        <translation>웹 주소나 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Only web (http, https) and email (mailto) links can go in an article.</source>
        <translation>기사에는 웹(http, https) 링크와 이메일(mailto) 링크만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>This is not a complete address.</source>
        <translation>완전한 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>This is not a complete email address.</source>
        <translation>완전한 이메일 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Byline::BodyEditor</name>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>아무것도 붙여 넣지 않았습니다. %1</translation>
    </message>
</context>
<context>
    <name>Byline::BylineText</name>
    <message>
        <source>A byline is at most %1 characters long; this one has %2.</source>
        <translation>바이라인은 %1자까지 쓸 수 있습니다. 이 바이라인은 %2자입니다.</translation>
    </message>
    <message>
        <source>A byline names at most %1 reporters; this one names %2.</source>
        <translation>바이라인에는 기자를 %1명까지 쓸 수 있습니다. 이 바이라인에는 %2명이 있습니다.</translation>
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
        <source>Run &quot;byline COMMAND --help&quot; for the options of a command.</source>
        <translation>명령별 옵션은 &quot;byline 명령 --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>byline: unknown command &quot;%1&quot;.</source>
        <translation>byline: 알 수 없는 명령 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Run &quot;byline --help&quot; for the list of commands.</source>
        <translation>명령 목록은 &quot;byline --help&quot;로 확인하세요.</translation>
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
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>give one article id (a number, as &quot;byline list&quot; shows).</source>
        <translation>기사 ID를 하나 지정하세요(&quot;byline list&quot;에 표시되는 숫자).</translation>
    </message>
    <message>
        <source>There is no article %1 in the library %2.</source>
        <translation>보관함 %2에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Only articles whose headline, deck, summary, tags or text contain TEXT (parts of words too)</source>
        <translation>제목, 부제, 요약, 태그, 본문에 TEXT가 들어 있는 기사만(단어의 일부도 포함)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only articles in STATUS: draft, submitted, approved or published</source>
        <translation>STATUS 상태인 기사만: draft(작성 중), submitted(송고됨), approved(승인됨), published(출고됨)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, submitted, approved or published.</source>
        <translation>알 수 없는 상태 &quot;%1&quot;입니다. draft, submitted, approved, published 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>조건에 맞는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The headline (required)</source>
        <translation>제목(필수)</translation>
    </message>
    <message>
        <source>The deck under the headline</source>
        <translation>제목 아래에 붙는 부제</translation>
    </message>
    <message>
        <source>Outlet and reporters (see above)</source>
        <translation>매체와 기자(위 설명 참고)</translation>
    </message>
    <message>
        <source>BYLINE</source>
        <translation>BYLINE</translation>
    </message>
    <message>
        <source>The section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The body from FILE (UTF-8): .html/.htm is cleaned to the article format, anything else is plain text with blank lines between paragraphs</source>
        <translation>FILE(UTF-8)에서 읽은 본문: .html/.htm 파일은 기사 형식으로 정리하고, 그 밖의 파일은 빈 줄로 문단을 구분한 일반 텍스트로 읽음</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>give the headline with --headline TEXT.</source>
        <translation>--headline TEXT로 제목을 지정하세요.</translation>
    </message>
    <message>
        <source>the byline &quot;%1&quot; names no outlet and no reporter.</source>
        <translation>바이라인 &quot;%1&quot;에 매체도 기자도 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다. UTF-8로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation>기사 하나를 보여 줍니다.</translation>
    </message>
    <message>
        <source>The article&apos;s id, as &quot;byline list&quot; shows it</source>
        <translation>&quot;byline list&quot;에 표시되는 기사 ID</translation>
    </message>
    <message>
        <source>Print the whole article as JSON (the article format, plus its &quot;id&quot;)</source>
        <translation>기사 전체를 JSON으로 출력(기사 형식에 &quot;id&quot; 추가)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>섹션: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>Writes one article to a file.</source>
        <translation>기사 하나를 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>json (the article format), html (a standalone page) or byline (a package with its photos); by default taken from the output file&apos;s extension</source>
        <translation>json(기사 형식), html(단독 페이지), byline(사진을 포함한 패키지) 중 하나. 지정하지 않으면 출력 파일의 확장자로 정함</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write; json and html go to the standard output without it</source>
        <translation>저장할 파일. 지정하지 않으면 json과 html은 표준 출력으로 내보냄</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>choose --format json, html or byline.</source>
        <translation>--format으로 json, html, byline 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>a .byline package needs a file: add -o PATH.</source>
        <translation>.byline 패키지는 파일로만 저장할 수 있습니다. -o PATH를 추가하세요.</translation>
    </message>
    <message>
        <source>Adds an article from FILE to the library and prints its new id. FILE may be a .byline package, an article JSON file or a saved web page (HTML, UTF-8 or EUC-KR); the content decides, not the name. An article whose UUID is already in the library is added as a copy with a new UUID.</source>
        <translation>FILE의 기사를 보관함에 추가하고 새 ID를 출력합니다. FILE은 .byline 패키지, 기사 JSON 파일, 저장한 웹 페이지(HTML, UTF-8 또는 EUC-KR) 중 하나이며, 파일 이름이 아니라 내용으로 종류를 판단합니다. 보관함에 이미 같은 UUID가 있는 기사는 새 UUID를 붙인 사본으로 추가됩니다.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <source>give one file to import.</source>
        <translation>가져올 파일을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>Add a new article</source>
        <translation>새 기사 추가</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>기사 하나 보기</translation>
    </message>
    <message>
        <source>Add an article from a .byline package, JSON file or web page</source>
        <translation>.byline 패키지, JSON 파일, 웹 페이지에서 기사 추가</translation>
    </message>
    <message>
        <source>Write an article as JSON, HTML or a .byline package</source>
        <translation>기사를 JSON, HTML, .byline 패키지로 저장</translation>
    </message>
    <message>
        <source>Open the article in VIEW: editor or source</source>
        <translation>VIEW로 기사 열기: editor(편집기) 또는 source(HTML 소스)</translation>
    </message>
    <message>
        <source>give the article id and one or more photo files.</source>
        <translation>기사 ID와 사진 파일을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>The article has no photos.</source>
        <translation>기사에 사진이 없습니다.</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>needs credit</source>
        <translation>크레디트 필요</translation>
    </message>
    <message>
        <source>needs alt text</source>
        <translation>대체 텍스트 필요</translation>
    </message>
    <message>
        <source>Adds, lists and edits the photos of an article.

  add ID FILE...   Copies JPEG, PNG, WebP or TIFF photos into the library (a folder stands for the photos directly inside it) and prints &quot;imported PHOTOID FILE&quot;, &quot;duplicate PHOTOID FILE&quot; or &quot;error FILE: why&quot; for each. Caption, credit and alt text start from the file&apos;s own metadata. Exits with 1 if any file failed; the others are still added.
  list ID          Lists the photos in their order, with the lead and what is missing before publishing.
  set ID PHOTO     Changes a photo&apos;s caption, credit or alt text, or makes it the lead.</source>
        <translation>기사의 사진을 추가하고, 나열하고, 편집합니다.

  add ID FILE...   JPEG, PNG, WebP, TIFF 사진을 보관함에 복사하고(폴더를 지정하면 그 폴더 바로 안에 있는 사진), 파일마다 &quot;imported PHOTOID FILE&quot;, &quot;duplicate PHOTOID FILE&quot; 또는 &quot;error FILE: 이유&quot;를 출력합니다. 캡션, 크레디트, 대체 텍스트는 파일 자체의 메타데이터에서 가져옵니다. 실패한 파일이 하나라도 있으면 1로 종료하며, 나머지 파일은 그대로 추가됩니다.
  list ID          사진을 순서대로 나열하고, 대표 사진과 게재 전에 빠진 항목을 표시합니다.
  set ID PHOTO     사진의 캡션, 크레디트, 대체 텍스트를 바꾸거나 대표 사진으로 지정합니다.</translation>
    </message>
    <message>
        <source>add, list or set</source>
        <translation>add, list 또는 set</translation>
    </message>
    <message>
        <source>The article id</source>
        <translation>기사 ID</translation>
    </message>
    <message>
        <source>add: photo files or folders; set: the photo id</source>
        <translation>add: 사진 파일 또는 폴더, set: 사진 ID</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table</source>
        <translation>list: 표 대신 JSON으로 출력</translation>
    </message>
    <message>
        <source>set: the caption</source>
        <translation>set: 캡션</translation>
    </message>
    <message>
        <source>set: the credit (photographer, agency)</source>
        <translation>set: 크레디트(사진기자, 통신사)</translation>
    </message>
    <message>
        <source>set: the alt text (what the picture shows, for readers who cannot see it)</source>
        <translation>set: 대체 텍스트(사진을 볼 수 없는 독자를 위해 사진 내용을 설명)</translation>
    </message>
    <message>
        <source>set: make this the article&apos;s lead photo</source>
        <translation>set: 이 사진을 기사의 대표 사진으로 지정</translation>
    </message>
    <message>
        <source>choose add, list or set (see byline photos --help).</source>
        <translation>add, list, set 중 하나를 선택하세요(byline photos --help 참고).</translation>
    </message>
    <message>
        <source>give an article id (a number, as &quot;byline list&quot; shows).</source>
        <translation>기사 ID를 지정하세요(&quot;byline list&quot;에 표시되는 숫자).</translation>
    </message>
    <message>
        <source>--caption, --credit, --alt and --lead go with set.</source>
        <translation>--caption, --credit, --alt, --lead는 set과 함께 사용합니다.</translation>
    </message>
    <message>
        <source>--json goes with list.</source>
        <translation>--json은 list와 함께 사용합니다.</translation>
    </message>
    <message>
        <source>list takes only the article id.</source>
        <translation>list에는 기사 ID만 지정합니다.</translation>
    </message>
    <message>
        <source>give the article id, the photo id and at least one of --caption, --credit, --alt, --lead.</source>
        <translation>기사 ID, 사진 ID, 그리고 --caption, --credit, --alt, --lead 중 하나 이상을 지정하세요.</translation>
    </message>
    <message>
        <source>Article %1 has no photo %2.</source>
        <translation>기사 %1에 사진 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Add, list or edit the photos of an article</source>
        <translation>기사의 사진 추가, 나열, 편집</translation>
    </message>
    <message>
        <source>give one article id (a number, as &quot;byline list&quot; shows) or one article file.</source>
        <translation>기사 ID(&quot;byline list&quot;에 표시되는 숫자)나 기사 파일을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>Write an article as its page on the publication&apos;s site (desktop or mobile)</source>
        <translation>기사를 매체 사이트에 실릴 페이지로 저장(데스크톱 또는 모바일)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a publication (a JSON object): %2</source>
        <translation>%1은(는) 매체 설정(JSON 객체)이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Writes an article as readers will see it on the publication&apos;s site, as one HTML page: the same page the preview shows. Photos are made into renditions at the publication&apos;s size and written into a folder beside the page (PAGE_files/), or put inside the page with --inline-images.</source>
        <translation>기사를 독자가 매체 사이트에서 보게 될 모습 그대로 HTML 페이지 하나로 저장합니다. 미리보기에 표시되는 것과 같은 페이지입니다. 사진은 매체에서 정한 크기의 웹용 사본으로 만들어 페이지 옆 폴더(PAGE_files/)에 저장하며, --inline-images를 지정하면 페이지 안에 넣습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s id (as &quot;byline list&quot; shows it), or a .byline package, article JSON file or saved web page</source>
        <translation>기사 ID(&quot;byline list&quot;에 표시되는 숫자) 또는 .byline 패키지, 기사 JSON 파일, 저장한 웹 페이지</translation>
    </message>
    <message>
        <source>The layout: desktop (the default) or mobile</source>
        <translation>레이아웃: desktop(데스크톱, 기본값) 또는 mobile(모바일)</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>The HTML file to write (required)</source>
        <translation>저장할 HTML 파일(필수)</translation>
    </message>
    <message>
        <source>Put the photos inside the page as data: URIs instead of a folder of files</source>
        <translation>사진을 파일 폴더 대신 data: URI로 페이지 안에 넣음</translation>
    </message>
    <message>
        <source>The publication settings from a JSON FILE (docs/templates.md) instead of the saved ones</source>
        <translation>저장된 매체 설정 대신 JSON FILE(docs/templates.md 참고)의 매체 설정 사용</translation>
    </message>
    <message>
        <source>The template pack: a folder, or a pack&apos;s name; by default the publication&apos;s</source>
        <translation>템플릿 팩: 폴더 또는 팩 이름. 지정하지 않으면 매체에 설정된 팩</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>choose --device desktop or mobile.</source>
        <translation>--device desktop 또는 mobile 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>give the page to write with -o PATH.</source>
        <translation>-o PATH로 저장할 페이지를 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>its original is missing.</source>
        <translation>원본이 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 is left out: %2</source>
        <translation>사진 %1을(를) 뺐습니다: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1을(를) %2(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Save a PNG of an article&apos;s page as a desktop or phone browser shows it</source>
        <translation>기사 페이지를 데스크톱이나 휴대폰 브라우저가 보여 주는 그대로 PNG로 저장</translation>
    </message>
    <message>
        <source>Saves a PNG of an article as readers will see it: the page &quot;byline render&quot; writes, drawn by Qt WebEngine at the device&apos;s width (desktop 1280, mobile 390 CSS pixels) and the page&apos;s full height.</source>
        <translation>독자가 보게 될 기사를 PNG로 저장합니다. &quot;byline render&quot;가 만드는 페이지를 Qt WebEngine이 기기 너비(데스크톱 1280, 모바일 390 CSS 픽셀)와 페이지 전체 높이로 그립니다.</translation>
    </message>
    <message>
        <source>The article&apos;s id (as &quot;byline list&quot; shows it), or an article file</source>
        <translation>기사 번호(&quot;byline list&quot;가 보여 주는 번호) 또는 기사 파일</translation>
    </message>
    <message>
        <source>The PNG file to write (required)</source>
        <translation>저장할 PNG 파일(필수)</translation>
    </message>
    <message>
        <source>give the picture to write with -o PATH.</source>
        <translation>-o PATH로 저장할 그림 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>give one article id or one article file.</source>
        <translation>기사 번호 하나 또는 기사 파일 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>the page did not finish loading.</source>
        <translation>페이지를 끝까지 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>%1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>작업 %1: %2</translation>
    </message>
    <message>
        <source>job %1: %2 of %3 sent (%4%)</source>
        <translation>작업 %1: %3 중 %2 전송(%4%)</translation>
    </message>
    <message>
        <source>Another Byline (the window, or another command) is running this library&apos;s publish queue; it sends the jobs, and this command follows them.</source>
        <translation>다른 Byline(창 또는 다른 명령)이 이 보관함의 게시 대기열을 실행하고 있습니다. 작업은 그쪽에서 보내고, 이 명령은 진행 상황을 따라가며 보여 줍니다.</translation>
    </message>
    <message>
        <source>Application Password for %1 at %2: </source>
        <translation>%2의 %1 계정 애플리케이션 비밀번호: </translation>
    </message>
    <message>
        <source>choose --kind folder or --kind wordpress.</source>
        <translation>--kind folder 또는 --kind wordpress 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>--url and --user go with --kind wordpress.</source>
        <translation>--url과 --user는 --kind wordpress와 함께 씁니다.</translation>
    </message>
    <message>
        <source>--path goes with --kind folder.</source>
        <translation>--path는 --kind folder와 함께 씁니다.</translation>
    </message>
    <message>
        <source>BYLINE_PASSWORD is set: no password was read or stored. Set it for every run, or add the target again without it to keep the password in the system keychain.</source>
        <translation>BYLINE_PASSWORD가 설정되어 있어 비밀번호를 읽거나 저장하지 않았습니다. 실행할 때마다 BYLINE_PASSWORD를 설정하거나, 비밀번호를 시스템 키체인에 보관하려면 BYLINE_PASSWORD 없이 게시 대상을 다시 추가하세요.</translation>
    </message>
    <message>
        <source>give the Application Password on standard input (one line), or set BYLINE_PASSWORD.</source>
        <translation>애플리케이션 비밀번호를 표준 입력으로 한 줄 입력하거나 BYLINE_PASSWORD를 설정하세요.</translation>
    </message>
    <message>
        <source>The target %1 was not added: the password could not be stored. %2</source>
        <translation>게시 대상 %1을(를) 추가하지 않았습니다: 비밀번호를 저장할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>Replaced the target %1: %2</source>
        <translation>게시 대상 %1을(를) 바꿨습니다: %2</translation>
    </message>
    <message>
        <source>Added the target %1: %2</source>
        <translation>게시 대상 %1을(를) 추가했습니다: %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>내장</translation>
    </message>
    <message>
        <source>There is no target called %1.</source>
        <translation>%1(이)라는 게시 대상이 없습니다.</translation>
    </message>
    <message>
        <source>The target %1 is built in and cannot be removed.</source>
        <translation>게시 대상 %1은(는) 내장 대상이라 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Note: the keychain said: %1</source>
        <translation>참고: 키체인 응답: %1</translation>
    </message>
    <message>
        <source>Removed the target %1.</source>
        <translation>게시 대상 %1을(를) 삭제했습니다.</translation>
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
        <translation>Byline이 기사를 게시하는 곳(게시 대상)을 추가, 나열, 삭제, 테스트합니다.

  add NAME --kind folder --path DIR
                  폴더: 각 기사가 DIR 안에 작은 정적 사이트로 만들어집니다.
  add NAME --kind wordpress --url URL --user USER
                  WordPress 사이트: 애플리케이션 비밀번호(Application Password, WordPress의 사용자 &gt; 프로필)로 로그인합니다. 비밀번호는 표준 입력에서 한 줄로 읽으며(터미널에서는 입력한 내용이 화면에 표시되지 않음) 시스템 키체인에만 보관합니다. BYLINE_PASSWORD가 설정되어 있으면 그 값을 쓰고 아무것도 읽거나 저장하지 않습니다. 키체인에 저장할 수 없으면 게시 대상을 추가하지 않습니다.
  list            게시 대상 목록. 내장 대상 &quot;folder&quot;는 문서 폴더에 저장합니다.
  remove NAME     게시 대상과 그 비밀번호를 삭제합니다.
  test [NAME]     로그인해 계정으로 할 수 있는 작업을 알려 줍니다(NAME이 없으면 기본 게시 대상).</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove 또는 test</translation>
    </message>
    <message>
        <source>The target&apos;s name: letters, digits, dots, dashes and underscores</source>
        <translation>게시 대상 이름: 영문자, 숫자, 점, 하이픈, 밑줄</translation>
    </message>
    <message>
        <source>add: the kind of target, folder or wordpress</source>
        <translation>add: 게시 대상 종류, folder 또는 wordpress</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>add: the folder the articles go to</source>
        <translation>add: 기사를 저장할 폴더</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>add: the WordPress site&apos;s address</source>
        <translation>add: WordPress 사이트 주소</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the WordPress user name</source>
        <translation>add: WordPress 사용자 이름</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>add: make this the target &quot;byline publish&quot; uses by default</source>
        <translation>add: 이 대상을 &quot;byline publish&quot;의 기본 게시 대상으로 지정</translation>
    </message>
    <message>
        <source>choose add, list, remove or test (see byline targets --help).</source>
        <translation>add, list, remove, test 중 하나를 선택하세요(byline targets --help 참고).</translation>
    </message>
    <message>
        <source>--kind, --path, --url, --user and --default go with add.</source>
        <translation>--kind, --path, --url, --user, --default는 add와 함께 씁니다.</translation>
    </message>
    <message>
        <source>list takes no name.</source>
        <translation>list에는 이름을 지정하지 않습니다.</translation>
    </message>
    <message>
        <source>give one target name after %1.</source>
        <translation>%1 뒤에 게시 대상 이름을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>Sends an article to a publishing target and waits until it is there. The article is queued as the window&apos;s Publish… does it (its current text, saved as a revision), the job runs with its progress on standard error, and on success the post&apos;s id on the site and its address are printed (a folder target has no id: only the address). When the site refuses, or the account may not take the action, it exits with 1 and the reason, and the job stays in the queue (see byline queue).

STATUS: draft (a CMS draft), pending (submit for review), publish (publish now), future (schedule at --at) or unpublish (take a published story back).
--at takes an ISO 8601 date and time such as 2025-06-02T09:00; without an offset it is read in the publication&apos;s time zone (%1), with Z or +09:00 as given. It must be in the future.

While the Byline window runs this library&apos;s queue, the job is left to it and this command follows it until it ends. Ctrl+C cancels the job.</source>
        <translation>기사를 게시 대상에 보내고 도착할 때까지 기다립니다. 기사는 창의 게시 대기열과 같은 방식으로 대기열에 들어가고(현재 본문을 판으로 저장), 작업 진행 상황은 표준 오류로 출력되며, 성공하면 사이트에서의 글 ID와 주소를 출력합니다(폴더 대상에는 ID가 없어 주소만 출력). 사이트가 거부하거나 계정에 해당 작업 권한이 없으면 이유를 출력하고 1로 종료하며, 작업은 대기열에 남습니다(byline queue 참고).

STATUS: draft(CMS 초안), pending(검토 요청), publish(지금 게시), future(--at 시각에 예약 게시), unpublish(게시된 기사 게시 취소).
--at에는 2025-06-02T09:00 같은 ISO 8601 날짜와 시각을 지정합니다. 오프셋이 없으면 매체의 시간대(%1) 기준으로 읽고, Z나 +09:00이 붙어 있으면 그대로 따릅니다. 미래 시각이어야 합니다.

Byline 창이 이 보관함의 대기열을 실행하고 있으면 작업은 창에 맡기고, 이 명령은 작업이 끝날 때까지 진행 상황을 따라갑니다. Ctrl+C를 누르면 작업이 취소됩니다.</translation>
    </message>
    <message>
        <source>The target to publish to (default: %1)</source>
        <translation>게시할 대상(기본값: %1)</translation>
    </message>
    <message>
        <source>draft, pending, publish, future or unpublish (required)</source>
        <translation>draft, pending, publish, future, unpublish 중 하나(필수)</translation>
    </message>
    <message>
        <source>future: when the story goes live (ISO 8601)</source>
        <translation>future: 기사가 게시될 시각(ISO 8601)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>choose --status draft, pending, publish, future or unpublish.</source>
        <translation>--status로 draft, pending, publish, future, unpublish 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, pending, publish, future or unpublish.</source>
        <translation>알 수 없는 상태 &quot;%1&quot;입니다. draft, pending, publish, future, unpublish 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>--status future needs --at, the date and time the story goes live.</source>
        <translation>--status future에는 기사가 게시될 날짜와 시각을 --at으로 지정해야 합니다.</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;; write it as ISO 8601, such as 2025-06-02T09:00 or 2025-06-02T09:00+09:00.</source>
        <translation>시각 &quot;%1&quot;을(를) 읽을 수 없습니다. 2025-06-02T09:00이나 2025-06-02T09:00+09:00처럼 ISO 8601 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>the time %1 has passed; a scheduled story needs a time in the future.</source>
        <translation>%1은(는) 이미 지난 시각입니다. 예약 게시에는 미래 시각이 필요합니다.</translation>
    </message>
    <message>
        <source>--at goes with --status future.</source>
        <translation>--at은 --status future와 함께 씁니다.</translation>
    </message>
    <message>
        <source>There is no target called %1; &quot;byline targets list&quot; shows them.</source>
        <translation>%1(이)라는 게시 대상이 없습니다. 게시 대상 목록은 &quot;byline targets list&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>job %1: queued: %2 on %3.</source>
        <translation>작업 %1: 대기열에 추가됨: %2(%3).</translation>
    </message>
    <message>
        <source>Job %1 waits in the queue: once the cause is fixed, &quot;byline queue retry %1&quot; sends it again; &quot;byline queue cancel %1&quot; drops it.</source>
        <translation>작업 %1은(는) 대기열에서 기다립니다. 원인을 해결한 뒤 &quot;byline queue retry %1&quot;로 다시 보내거나 &quot;byline queue cancel %1&quot;로 취소하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>goes live at %1</source>
        <translation>%1 게시 예정</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>다음 시도: %1</translation>
    </message>
    <message>
        <source>Stopped. The jobs not sent yet stay in the queue; &quot;byline queue run&quot; resumes them.</source>
        <translation>중지했습니다. 아직 보내지 않은 작업은 대기열에 남아 있으며, &quot;byline queue run&quot;으로 이어서 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Shows and runs the library&apos;s publish queue, the same one the window&apos;s Publishing dock shows.

  list            Every job, newest first: id, state, target, action, attempts, headline, then its last message and the story&apos;s address on the site.
  run             Sends every job that is due and waits for those that retry, until none is open. Prints one line per job as it ends: &quot;ID done URL&quot;, &quot;ID held WHY&quot; or &quot;ID cancelled WHY&quot;. Exits with 1 if a job was held. While the Byline window runs the queue, this follows it instead.
  retry JOB       Queues a held, waiting or cancelled job again (--overwrite: replace an edit made on the site since Byline last sent the story).
  cancel JOB      Cancels a job that is not done.</source>
        <translation>보관함의 게시 대기열을 보여 주고 실행합니다. 창의 게시 대기열에 표시되는 것과 같은 대기열입니다.

  list            모든 작업을 최신순으로 보여 줍니다: ID, 상태, 게시 대상, 게시 방식, 시도 횟수, 제목, 그리고 마지막 메시지와 사이트에서의 기사 주소.
  run             보낼 때가 된 작업을 모두 보내고 다시 시도하는 작업을 기다리며, 남은 작업이 없을 때까지 실행합니다. 작업이 끝날 때마다 한 줄씩 출력합니다: &quot;ID done URL&quot;, &quot;ID held 이유&quot;, &quot;ID cancelled 이유&quot;. 확인이 필요한 작업(held)이 있으면 1로 종료합니다. Byline 창이 대기열을 실행하고 있으면 대신 그 진행 상황을 따라갑니다.
  retry JOB       확인 필요, 재시도 대기, 취소 상태인 작업을 다시 대기열에 넣습니다(--overwrite: Byline이 마지막으로 보낸 뒤 사이트에서 수정한 내용을 덮어씀).
  cancel JOB      끝나지 않은 작업을 취소합니다.</translation>
    </message>
    <message>
        <source>list, run, retry or cancel</source>
        <translation>list, run, retry 또는 cancel</translation>
    </message>
    <message>
        <source>retry, cancel: the job&apos;s id, as &quot;byline queue list&quot; shows it</source>
        <translation>retry, cancel: &quot;byline queue list&quot;에 표시되는 작업 ID</translation>
    </message>
    <message>
        <source>retry: replace the story on the site even if it was edited there</source>
        <translation>retry: 사이트에서 수정되었더라도 사이트의 기사를 덮어씀</translation>
    </message>
    <message>
        <source>choose list, run, retry or cancel (see byline queue --help).</source>
        <translation>list, run, retry, cancel 중 하나를 선택하세요(byline queue --help 참고).</translation>
    </message>
    <message>
        <source>--overwrite goes with retry.</source>
        <translation>--overwrite는 retry와 함께 씁니다.</translation>
    </message>
    <message>
        <source>give one job id (a number, as &quot;byline queue list&quot; shows).</source>
        <translation>작업 ID를 하나 지정하세요(&quot;byline queue list&quot;에 표시되는 숫자).</translation>
    </message>
    <message>
        <source>%1 takes no job id.</source>
        <translation>%1에는 작업 ID를 지정하지 않습니다.</translation>
    </message>
    <message>
        <source>The publish queue is empty.</source>
        <translation>게시 대기열이 비어 있습니다.</translation>
    </message>
    <message>
        <source>There is no job %1 in the publish queue.</source>
        <translation>게시 대기열에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Job %1 is done: its story is on the site. Publish the article again to send a newer version, or with --status unpublish to take it back.</source>
        <translation>작업 %1은(는) 이미 끝나 기사가 사이트에 올라가 있습니다. 새 버전을 보내려면 기사를 다시 게시하고, 게시를 취소하려면 --status unpublish로 다시 게시하세요.</translation>
    </message>
    <message>
        <source>Job %1 is queued again; &quot;byline queue run&quot; sends it, as does the Byline window.</source>
        <translation>작업 %1을(를) 다시 대기열에 넣었습니다. &quot;byline queue run&quot;이나 Byline 창이 이 작업을 보냅니다.</translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation>작업 %1을(를) 취소했습니다.</translation>
    </message>
    <message>
        <source>Add, list, remove or test publishing targets</source>
        <translation>게시 대상 추가, 목록 보기, 삭제, 테스트</translation>
    </message>
    <message>
        <source>Send an article to a target (draft, review, publish, schedule) and wait</source>
        <translation>기사를 게시 대상에 보내고 완료까지 대기(초안, 검토 요청, 게시, 예약 게시)</translation>
    </message>
    <message>
        <source>List, run, retry or cancel the publish queue&apos;s jobs</source>
        <translation>게시 대기열의 작업 목록 보기, 실행, 다시 시도, 취소</translation>
    </message>
    <message>
        <source>A .byline package, article JSON file or web page to import and open</source>
        <translation>가져와서 열 .byline 패키지, 기사 JSON 파일 또는 웹 페이지</translation>
    </message>
    <message>
        <source>The library file is damaged. Run the command again: Byline will set the damaged file aside and copy what can still be read into a new library.</source>
        <translation>보관함 파일이 손상되었습니다. 명령을 다시 실행하세요. Byline이 손상된 파일을 따로 옮겨 두고 아직 읽을 수 있는 내용을 새 보관함으로 옮깁니다.</translation>
    </message>
    <message>
        <source>%1 was not read: %2</source>
        <translation>%1을(를) 읽지 않았습니다. %2</translation>
    </message>
    <message>
        <source>Adds a new draft to the library and prints its id.

BYLINE is &quot;[OUTLET] NAME &lt;EMAIL&gt;, NAME ...&quot;, read as the editor&apos;s Reporters field reads it: reporters are separated by commas or middle dots (·, ㆍ), each with an optional email in angle brackets; titles such as 기자 and 특파원 are dropped, and a Korean name is one word. The outlet may also go without brackets before a Korean name. Examples: &quot;한빛일보 김민지ㆍ박서준 기자&quot;, &quot;[한빛일보] 김민지 &lt;minji@x.kr&gt;, 박서준&quot;, &quot;Jane Doe &lt;jane@example.com&gt;&quot;.</source>
        <translation>보관함에 작성 중 상태의 새 기사를 추가하고 그 ID를 출력합니다.\n\nBYLINE은 &quot;[OUTLET] NAME &lt;EMAIL&gt;, NAME ...&quot; 형식이며, 편집기의 기자 칸과 같은 방식으로 읽습니다. 기자는 쉼표나 가운뎃점(·, ㆍ)으로 구분하고, 기자마다 꺾쇠괄호 안에 이메일을 덧붙일 수 있습니다. &apos;기자&apos;, &apos;특파원&apos; 같은 직함은 빠지며, 한국어 이름은 한 단어로 봅니다. 한국어 이름 앞에서는 매체명을 대괄호 없이 써도 됩니다. 예: &quot;한빛일보 김민지ㆍ박서준 기자&quot;, &quot;[한빛일보] 김민지 &lt;minji@x.kr&gt;, 박서준&quot;, &quot;Jane Doe &lt;jane@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <source>byline %1: give one of: %2.</source>
        <translation>byline %1: 다음 중 하나를 지정하세요: %2.</translation>
    </message>
    <message>
        <source>Changes the fields given of an article in the library, as the editor would, and leaves the others as they are. Nothing is changed when a value is refused.

--embargo takes an ISO 8601 date and time such as 2026-12-01T09:00, read in the publication&apos;s time zone (%1) unless it carries Z or an offset such as +09:00; &quot;none&quot; lifts the embargo. Byline does not publish or schedule the story for a time before it.</source>
        <translation>보관함에 있는 기사에서 지정한 필드만 편집기에서처럼 바꾸고 나머지는 그대로 둡니다. 값 하나라도 거부되면 아무것도 바꾸지 않습니다.

--embargo에는 2026-12-01T09:00 같은 ISO 8601 날짜와 시각을 씁니다. Z나 +09:00 같은 오프셋이 없으면 매체의 시간대(%1)로 읽습니다. &quot;none&quot;은 엠바고를 해제합니다. Byline은 엠바고 이전 시각으로 기사를 게시하거나 예약하지 않습니다.</translation>
    </message>
    <message>
        <source>say what to change: --headline, --deck, --byline, --section, --tags, --body or --embargo.</source>
        <translation>바꿀 항목을 지정하세요: --headline, --deck, --byline, --section, --tags, --body, --embargo.</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>The tags, separated by commas (an empty list removes them)</source>
        <translation>태그, 쉼표로 구분(빈 목록이면 태그를 모두 지움)</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>Not to be published before TIME (ISO 8601)</source>
        <translation>TIME 전에는 게시하지 않음(엠바고, ISO 8601)</translation>
    </message>
    <message>
        <source>Not to be published before TIME (ISO 8601), or none</source>
        <translation>TIME 전에는 게시하지 않음(엠바고, ISO 8601), none이면 해제</translation>
    </message>
    <message>
        <source>a story needs a headline; --headline cannot be empty.</source>
        <translation>기사에는 제목이 있어야 합니다. --headline은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>cannot read the embargo &quot;%1&quot;; write it as ISO 8601, such as 2026-12-01T09:00 (in the publication&apos;s time zone, %2) or 2026-12-01T09:00+09:00, or none.</source>
        <translation>엠바고 &quot;%1&quot;을(를) 읽을 수 없습니다. 2026-12-01T09:00(매체의 시간대 %2 기준)이나 2026-12-01T09:00+09:00 같은 ISO 8601 형식, 또는 none으로 쓰세요.</translation>
    </message>
    <message>
        <source>Change the headline, byline, embargo or other fields of an article</source>
        <translation>기사의 제목, 바이라인, 엠바고 등 필드 수정</translation>
    </message>
    <message>
        <source>Article %1 is not on %2: send it there first (byline publish), or open it from the desk (byline desk open).</source>
        <translation>기사 %1은(는) %2에 없습니다. 먼저 보내거나(byline publish) 데스크에서 여세요(byline desk open).</translation>
    </message>
    <message>
        <source>any site</source>
        <translation>어느 사이트에도</translation>
    </message>
    <message>
        <source>article %1 is on %2; say which with --target.</source>
        <translation>기사 %1이(가) %2에 있습니다. --target으로 어느 쪽인지 지정하세요.</translation>
    </message>
    <message>
        <source>The site the story is on, when it is on more than one</source>
        <translation>기사가 여러 사이트에 있을 때 대상 사이트</translation>
    </message>
    <message>
        <source>Returns a filed story to its reporter (반려) with a note saying why: the post goes back to draft on the site and the reporter sees the note. The action goes through the publish queue: offline, it waits and is sent once when the network is back. On success it prints the post&apos;s id and status.</source>
        <translation>송고된 기사를 이유를 적은 메모와 함께 기자에게 반려합니다. 사이트의 글은 초안으로 돌아가고 기자는 메모를 봅니다. 작업은 게시 대기열을 거칩니다. 오프라인이면 기다렸다가 네트워크가 돌아오면 한 번만 보냅니다. 성공하면 글 ID와 상태를 출력합니다.</translation>
    </message>
    <message>
        <source>Why the story goes back (required)</source>
        <translation>반려 이유(필수)</translation>
    </message>
    <message>
        <source>say why the story goes back with --note TEXT.</source>
        <translation>--note TEXT로 반려 이유를 적으세요.</translation>
    </message>
    <message>
        <source>Approves a filed story (출고): it is published now, or at --at. --at takes an ISO 8601 date and time such as 2026-12-01T09:00, read in the publication&apos;s time zone (%1) unless it carries Z or an offset. A story under embargo is not approved for a time before it. The action goes through the publish queue; on success it prints the post&apos;s id and status.</source>
        <translation>송고된 기사를 출고합니다. 지금 게시하거나 --at 시각에 게시합니다. --at에는 2026-12-01T09:00 같은 ISO 8601 날짜와 시각을 쓰며, Z나 오프셋이 없으면 매체의 시간대(%1)로 읽습니다. 엠바고가 걸린 기사는 그 이전 시각으로 출고하지 않습니다. 작업은 게시 대기열을 거치며, 성공하면 글 ID와 상태를 출력합니다.</translation>
    </message>
    <message>
        <source>When the story goes live (ISO 8601)</source>
        <translation>기사가 게시될 시각(ISO 8601)</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Prints the desk&apos;s notes on a story the site has, oldest first: who wrote each, when, and whether it returned or approved the story. Only accounts that may edit the story can read them.</source>
        <translation>사이트에 있는 기사의 데스크 메모를 오래된 것부터 출력합니다: 작성자, 시각, 반려나 출고 여부. 기사를 편집할 권한이 있는 계정만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation>텍스트 대신 JSON으로 출력</translation>
    </message>
    <message>
        <source>There is no password for %1.</source>
        <translation>%1의 암호가 없습니다.</translation>
    </message>
    <message>
        <source>The story has no notes.</source>
        <translation>이 기사에는 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Return a filed story to its reporter with a note</source>
        <translation>송고된 기사를 메모와 함께 기자에게 반려</translation>
    </message>
    <message>
        <source>Approve a filed story: publish now or at a time</source>
        <translation>송고된 기사 출고: 지금 또는 지정한 시각에 게시</translation>
    </message>
    <message>
        <source>Show the desk&apos;s notes on a story</source>
        <translation>기사의 데스크 메모 보기</translation>
    </message>
    <message>
        <source>The site whose desk it is (byline targets list)</source>
        <translation>데스크가 있는 사이트 (byline targets list)</translation>
    </message>
    <message>
        <source>Lists the stories on a site&apos;s desk: filed (송고), in editing (데스킹 중), returned (반려), scheduled (예약) and published in the last 24 hours (출고), with who holds each. Offline, it shows the last list it read, saying when that was.</source>
        <translation>사이트 데스크의 기사를 보여 줍니다: 송고, 데스킹 중, 반려, 예약, 최근 24시간의 출고 기사와 각 기사를 누가 잡고 있는지. 오프라인이면 마지막으로 읽은 목록을 그때 시각과 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only these stories: filed, editing, returned, scheduled, published or all (the default)</source>
        <translation>이 상태의 기사만: filed(송고), editing(데스킹 중), returned(반려), scheduled(예약), published(출고), all(전체, 기본값)</translation>
    </message>
    <message>
        <source>Print the stories as JSON</source>
        <translation>기사 목록을 JSON으로 출력</translation>
    </message>
    <message>
        <source>say whose desk with --target NAME.</source>
        <translation>--target NAME으로 어느 데스크인지 지정하세요.</translation>
    </message>
    <message>
        <source>--status takes filed, editing, returned, scheduled, published or all.</source>
        <translation>--status에는 filed, editing, returned, scheduled, published, all 가운데 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>The list as it was at %1:</source>
        <translation>%1 기준 목록:</translation>
    </message>
    <message>
        <source>No stories.</source>
        <translation>기사가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 님이 데스킹 중</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens a story from a site&apos;s desk into the library with every attached photo, takes its lock and prints the local article&apos;s id. When someone else is editing it, the story comes in read-only and the command says who holds it (exit 1); --take-over takes the lock from them. Opening the same story again updates the same article, keeping the text it had as a revision. The lock lasts WordPress&apos;s 150 seconds unless the window&apos;s editor keeps it; &quot;byline desk release ID&quot; lets it go.</source>
        <translation>사이트 데스크의 기사를 첨부된 사진과 함께 보관함으로 가져오고, 기사를 잠근 뒤 보관함의 기사 번호를 출력합니다. 다른 사람이 고치는 중이면 읽기 전용으로 가져오고 누가 잡고 있는지 알려 줍니다(종료 코드 1). --take-over를 주면 잠금을 넘겨받습니다. 같은 기사를 다시 열면 같은 기사를 갱신하고, 있던 원고는 판으로 보관합니다. 잠금은 창의 편집기가 유지하지 않으면 워드프레스 기준 150초 동안 유지되며, &quot;byline desk release ID&quot;로 바로 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>The story&apos;s post id on the site (byline desk list)</source>
        <translation>사이트에서의 기사 게시물 번호 (byline desk list)</translation>
    </message>
    <message>
        <source>Take the lock from whoever is editing the story (ask them first)</source>
        <translation>기사를 고치고 있는 사람에게서 잠금을 넘겨받기 (먼저 양해를 구하세요)</translation>
    </message>
    <message>
        <source>give one post id, as byline desk list shows it.</source>
        <translation>byline desk list에 나오는 게시물 번호를 하나 주세요.</translation>
    </message>
    <message>
        <source>The story is in the library read-only; add --take-over to take it from them.</source>
        <translation>기사를 읽기 전용으로 보관함에 가져왔습니다. 넘겨받으려면 --take-over를 붙이세요.</translation>
    </message>
    <message>
        <source>Lets go of the lock on a story opened from the desk (byline desk open), so others can edit it.</source>
        <translation>데스크에서 연 기사(byline desk open)의 잠금을 풀어 다른 사람이 고칠 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Article %1 was not opened from a desk; there is no lock to let go.</source>
        <translation>%1번 기사는 데스크에서 연 기사가 아니어서 풀 잠금이 없습니다.</translation>
    </message>
    <message>
        <source>The story (post %1 on %2) is free for others to edit.</source>
        <translation>기사(%2의 게시물 %1)의 잠금을 풀었습니다. 이제 다른 사람이 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>List the stories on a site&apos;s desk</source>
        <translation>사이트 데스크의 기사 목록 보기</translation>
    </message>
    <message>
        <source>Open a story from the desk into the library and take its lock</source>
        <translation>데스크의 기사를 보관함으로 가져와 잠그기</translation>
    </message>
    <message>
        <source>Let go of the lock on a story from the desk</source>
        <translation>데스크 기사의 잠금 풀기</translation>
    </message>
</context>
<context>
    <name>Byline::ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Changed on the Site: %1</source>
        <translation>사이트에서 변경됨: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>Someone edited this story on %1 at %2, after Byline last sent it (%3). Sending Byline&apos;s version now would overwrite their edit. Choose which version stays.</source>
        <translation>Byline이 이 기사를 마지막으로 보낸 뒤(%3) 누군가 %2에 %1에서 기사를 수정했습니다. 지금 Byline 버전을 보내면 그 수정 내용을 덮어씁니다. 남길 버전을 고르세요.</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>사이트 버전</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1에 변경됨</translation>
    </message>
    <message>
        <source>In Byline</source>
        <translation>Byline 버전</translation>
    </message>
    <message>
        <source>Revision %1, queued %2</source>
        <translation>%1판, %2에 대기열에 추가됨</translation>
    </message>
    <message>
        <source>&amp;Replace the Site&apos;s Version</source>
        <translation>사이트 버전 덮어쓰기(&amp;R)</translation>
    </message>
    <message>
        <source>Send Byline&apos;s version; the edit made on the site is overwritten.</source>
        <translation>Byline 버전을 보냅니다. 사이트에서 수정한 내용은 덮어씁니다.</translation>
    </message>
    <message>
        <source>&amp;Keep the Site&apos;s Version</source>
        <translation>사이트 버전 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Leave the site as it is and cancel this job.</source>
        <translation>사이트는 그대로 두고 이 작업을 취소합니다.</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Byline::CredentialStore</name>
    <message>
        <source>The system keychain refused access to the password.</source>
        <translation>시스템 키체인이 비밀번호 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Passwords are kept only there; start your desktop&apos;s keyring, or set BYLINE_PASSWORD for this run.</source>
        <translation>시스템 키체인을 쓸 수 없습니다(%1). 비밀번호는 키체인에만 보관합니다. 데스크톱의 키링을 시작하거나, 이번 실행에만 쓸 BYLINE_PASSWORD를 설정하세요.</translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this account.</source>
        <translation>시스템 키체인에 이 계정의 비밀번호가 저장되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::CropDialog</name>
    <message>
        <source>Crop</source>
        <translation>자르기</translation>
    </message>
    <message>
        <source>Crop and Rotate</source>
        <translation>자르기 및 회전</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>자유</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>왼쪽으로 회전(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>오른쪽으로 회전(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>초기화(&amp;S)</translation>
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
        <source>Aspect %1</source>
        <translation>비율 %1</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
</context>
<context>
    <name>Byline::DeskAnswers</name>
    <message>
        <source>it has no token for the next refresh</source>
        <translation>다음 새로 고침에 쓸 토큰이 없습니다</translation>
    </message>
    <message>
        <source>it has no list of stories</source>
        <translation>기사 목록이 없습니다</translation>
    </message>
    <message>
        <source>it has no list of notes</source>
        <translation>메모 목록이 없습니다</translation>
    </message>
    <message>
        <source>it is not the story that was asked for</source>
        <translation>요청한 기사가 아닙니다</translation>
    </message>
    <message>
        <source>its story cannot be read: %1</source>
        <translation>기사 구조를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it does not say what became of the story</source>
        <translation>기사가 어떻게 되었는지 알려 주지 않습니다</translation>
    </message>
</context>
<context>
    <name>Byline::DeskClient</name>
    <message>
        <source>&quot;%1&quot; is a folder: the desk works with a WordPress site that has the Byline connector.</source>
        <translation>&quot;%1&quot;은(는) 폴더입니다. 데스크는 Byline 커넥터가 설치된 WordPress 사이트에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of target the desk works with.</source>
        <translation>&quot;%1&quot;은(는) 데스크에서 쓸 수 있는 대상 종류가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Byline::DeskDock</name>
    <message>
        <source>Desk</source>
        <translation>데스크</translation>
    </message>
    <message>
        <source>The site whose desk is shown</source>
        <translation>데스크를 보여 줄 사이트</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the story (Enter)</source>
        <translation>기사 열기 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>반려(&amp;R)…</translation>
    </message>
    <message>
        <source>Return the story to its reporter with a note (R)</source>
        <translation>메모와 함께 기사를 기자에게 반려 (R)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>출고(&amp;A)…</translation>
    </message>
    <message>
        <source>Publish the story now or at a set time (A)</source>
        <translation>기사를 지금 또는 정한 시각에 출고 (A)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the site for the list now (%1)</source>
        <translation>지금 사이트에서 목록 받기 (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>My stories %1</source>
        <translation>내 기사 %1</translation>
    </message>
    <message>
        <source>Published in the last 24 hours</source>
        <translation>최근 24시간 안에 출고된 기사</translation>
    </message>
    <message>
        <source>The stories you filed: where each is and who holds it</source>
        <translation>내가 송고한 기사: 각 기사가 어디에 있고 누가 편집 중인지</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>모든 섹션</translation>
    </message>
    <message>
        <source>All reporters</source>
        <translation>모든 기자</translation>
    </message>
    <message>
        <source>The desk shows the stories filed on a WordPress site with the Byline connector 2.0. Add the site in Settings &gt; Publishing Targets.</source>
        <translation>데스크는 바이라인 커넥터 2.0이 설치된 워드프레스 사이트에 송고된 기사를 보여 줍니다. 설정 &gt; 게시 대상에서 사이트를 추가하세요.</translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation>%1 목록</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 갱신</translation>
    </message>
    <message>
        <source>Offline · list of %1</source>
        <translation>오프라인 · %1 목록</translation>
    </message>
    <message>
        <source>Offline · no list yet</source>
        <translation>오프라인 · 아직 목록 없음</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>갱신 안 됨</translation>
    </message>
    <message>
        <source>Publishing to this site still works; the desk needs the connector on the site.</source>
        <translation>이 사이트로 게시하는 것은 그대로 됩니다. 데스크 기능에는 사이트의 커넥터가 필요합니다.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>갱신 중…</translation>
    </message>
</context>
<context>
    <name>Byline::DeskInboxModel</name>
    <message>
        <source>Filed</source>
        <translation>송고</translation>
    </message>
    <message>
        <source>In editing</source>
        <translation>데스킹 중</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>%1 is editing since %2</source>
        <translation>%1 님이 %2부터 편집 중</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>엠바고: %1까지</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · %2부터</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Being edited by</source>
        <translation>편집 중인 사람</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Byline::DeskNews</name>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>New story filed</source>
        <translation>새 송고 기사</translation>
    </message>
    <message>
        <source>Your story was returned</source>
        <translation>기사가 반려됐습니다</translation>
    </message>
    <message>
        <source>Your story is published</source>
        <translation>기사가 출고됐습니다</translation>
    </message>
    <message>
        <source>Your story is scheduled</source>
        <translation>기사 출고가 예약됐습니다</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 goes out at %2</source>
        <translation>%1, %2 출고 예정</translation>
    </message>
</context>
<context>
    <name>Byline::DeskNotesPanel</name>
    <message>
        <source>Returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Desk notes (%1)</source>
        <translation>데스크 메모 (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::DeskNotifier</name>
    <message>
        <source>Open the story</source>
        <translation>기사 열기</translation>
    </message>
</context>
<context>
    <name>Byline::DeskOpener</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>기사 열기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 keeps its place in the text, shown empty in the preview: put the photo back there or take the place out before publishing, or the story goes out without it.</source>
        <translation>%1의 자리는 본문에 그대로 남아 미리보기에서 빈칸으로 보입니다. 출고하기 전에 사진을 다시 넣거나 그 자리를 지우세요. 그러지 않으면 사진 없이 나갑니다.</translation>
    </message>
    <message>
        <source>The story&apos;s text cannot be read: %1</source>
        <translation>기사 본문을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 The copy in this library (article %2) is kept as it is.</source>
        <translation>%1 이 보관함의 사본(%2번 기사)은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The photos cannot be downloaded into the library folder %1: %2</source>
        <translation>사진을 보관함 폴더 %1에 내려받을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>사진 %2장 중 %1번째</translation>
    </message>
    <message>
        <source>%1 was left out: the site says it is %2; Byline takes photos of up to %3.</source>
        <translation>%1은(는) 가져오지 않았습니다. 사이트가 밝힌 크기가 %2인데, Byline은 %3까지의 사진만 받습니다.</translation>
    </message>
    <message>
        <source>%1 was left out: it cannot be written on this computer (%2).</source>
        <translation>%1은(는) 가져오지 않았습니다. 이 컴퓨터에 저장할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 was left out: the site sent more than the %2 it said the photo is.</source>
        <translation>%1은(는) 가져오지 않았습니다. 사이트가 밝힌 사진 크기 %2보다 많은 데이터를 보냈습니다.</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1은(는) 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1 was left out: the site sent %2 of the %3 it said the photo is.</source>
        <translation>%1은(는) 가져오지 않았습니다. 사이트가 밝힌 사진 크기 %3 가운데 %2만 보냈습니다.</translation>
    </message>
    <message>
        <source>Before the desk&apos;s copy of post %1 (%2)</source>
        <translation>게시물 %1의 데스크 사본을 받기 전 (%2)</translation>
    </message>
    <message>
        <source>The text this library had is kept as revision %1.</source>
        <translation>이 보관함에 있던 원고는 %1번 판으로 보관했습니다.</translation>
    </message>
    <message>
        <source>A photo was left out: %1</source>
        <translation>사진 한 장을 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>보관함에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The story could not be brought into the library: %1</source>
        <translation>기사를 보관함에 가져오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Byline::DeskStore</name>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The desk&apos;s list could not be kept for offline use</source>
        <translation>데스크 목록을 오프라인용으로 보관하지 못했습니다</translation>
    </message>
    <message>
        <source>The story&apos;s link to the desk could not be saved</source>
        <translation>기사와 데스크의 연결을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The story&apos;s lock could not be noted</source>
        <translation>기사의 잠금 상태를 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>Article %1 was not opened from a desk.</source>
        <translation>%1번 기사는 데스크에서 연 기사가 아닙니다.</translation>
    </message>
    <message>
        <source>The story&apos;s link to the desk could not be removed</source>
        <translation>기사와 데스크의 연결을 지우지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Byline::DeskSupport</name>
    <message>
        <source>Ask the site&apos;s administrator to install the Byline connector 2.0: the file byline-connector.php that comes with Byline goes into the site&apos;s wp-content/mu-plugins/ folder (see &quot;WordPress&quot; in Byline&apos;s documentation). Publishing works meanwhile.</source>
        <translation>사이트 관리자에게 Byline 커넥터 2.0 설치를 요청하세요. Byline과 함께 제공되는 byline-connector.php 파일을 사이트의 wp-content/mu-plugins/ 폴더에 넣으면 됩니다(Byline 문서의 &quot;WordPress&quot; 참고). 그동안에도 송고와 게시는 됩니다.</translation>
    </message>
    <message>
        <source>This site has no Byline connector, which the desk needs.</source>
        <translation>이 사이트에는 데스크에 필요한 Byline 커넥터가 없습니다.</translation>
    </message>
    <message>
        <source>This site has the Byline connector %1; the desk needs version 2.0 or later.</source>
        <translation>이 사이트의 Byline 커넥터는 %1 버전입니다. 데스크에는 2.0 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>This site&apos;s Byline connector %1 lacks what the desk needs (%2).</source>
        <translation>이 사이트의 Byline 커넥터 %1에는 데스크에 필요한 기능(%2)이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::DeskWatcher</name>
    <message>
        <source>This account has no desk.</source>
        <translation>이 계정에는 데스크가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::Embargo</name>
    <message>
        <source>This story is under embargo until %1, and the time chosen, %2, is before it. Schedule it for %1 or later.</source>
        <translation>이 기사는 %1까지 엠바고가 걸려 있는데, 고른 시각 %2은(는) 그보다 이릅니다. %1 이후로 예약하세요.</translation>
    </message>
    <message>
        <source>This story is under embargo until %1 and cannot go live before then. Schedule it for %1 or later.</source>
        <translation>이 기사는 %1까지 엠바고가 걸려 있어 그 전에는 내보낼 수 없습니다. %1 이후로 예약하세요.</translation>
    </message>
</context>
<context>
    <name>Byline::FindDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words (particles allowed)</source>
        <translation>단어 단위로, 조사 허용(&amp;W)</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>찾기 및 바꾸기</translation>
    </message>
    <message>
        <source>수달 finds 수달, 수달이, 수달에서, but not 수달피.</source>
        <translation>&quot;수달&quot;로 찾으면 수달, 수달이, 수달에서는 찾지만 수달피는 찾지 않습니다.</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>모두 바꾸기(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>찾을 내용(&amp;I):</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>바꿀 내용(&amp;W):</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) made.</source>
        <translation>
            <numerusform>%n개를 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in headline, deck and body.</source>
        <translation>
            <numerusform>제목, 부제, 본문에서 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::FolderPublisher</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot publish into %1: it is a file, not a folder.</source>
        <translation>%1에 출고할 수 없습니다: 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable.</source>
        <translation>%1 폴더를 만들 수 없습니다. 디스크에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use or not writable.</source>
        <translation>%1을(를) 바꿀 수 없습니다: 사용 중이거나 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::FolderTarget</name>
    <message>
        <source>Cannot publish into %1: it is a file, not a folder.</source>
        <translation>%1에 게시할 수 없습니다: 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1: it is in use or not writable.</source>
        <translation>%1을(를) 삭제할 수 없습니다: 사용 중이거나 쓰기 권한이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::HtmlImport</name>
    <message>
        <source>The page is written in the character set &quot;%1&quot;, which this Byline cannot read.</source>
        <translation>이 페이지는 &quot;%1&quot; 문자 집합으로 작성되어 있어 이 버전의 Byline에서는 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The page has no headline and no article text.</source>
        <translation>페이지에 제목도 기사 본문도 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::HttpConnection</name>
    <message>
        <source>Only http and https addresses can be used.</source>
        <translation>http 또는 https 주소만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없음</translation>
    </message>
    <message>
        <source>the site closed the connection before answering</source>
        <translation>사이트가 응답하기 전에 연결을 끊음</translation>
    </message>
    <message>
        <source>the site&apos;s answer is not HTTP</source>
        <translation>사이트 응답이 HTTP가 아님</translation>
    </message>
    <message>
        <source>the site&apos;s answer has too many headers</source>
        <translation>사이트 응답의 헤더가 너무 많음</translation>
    </message>
    <message>
        <source>the site&apos;s answer is damaged</source>
        <translation>사이트 응답이 손상됨</translation>
    </message>
    <message>
        <source>the site&apos;s answer is too large</source>
        <translation>사이트 응답이 너무 큼</translation>
    </message>
    <message>
        <source>the proxy refused the sign-in (HTTP 407); check the user name and password for the proxy</source>
        <translation>프록시가 로그인을 거부함(HTTP 407). 프록시의 사용자 이름과 비밀번호를 확인하십시오</translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation>이 컴퓨터가 신뢰하지 않는 기관이 발급한 인증서임</translation>
    </message>
    <message>
        <source>the certificate is self-signed, and this computer does not trust it</source>
        <translation>자체 서명된 인증서이며 이 컴퓨터가 신뢰하지 않음</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (is this computer&apos;s clock right?)</source>
        <translation>인증서가 아직 유효하지 않음(이 컴퓨터의 시계가 맞는지 확인하십시오)</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>인증서가 만료됨</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>인증서가 폐기됨</translation>
    </message>
    <message>
        <source>the certificate was issued for another name than the site&apos;s</source>
        <translation>사이트 이름이 아닌 다른 이름으로 발급된 인증서임</translation>
    </message>
    <message>
        <source>the certificate could not be verified (%1)</source>
        <translation>인증서를 확인할 수 없음(%1)</translation>
    </message>
    <message>
        <source>this computer&apos;s list of trusted certificate authorities could not be read (%1)</source>
        <translation>이 컴퓨터의 신뢰하는 인증 기관 목록을 읽을 수 없음(%1)</translation>
    </message>
    <message>
        <source>a secure connection to the site could not be set up (%1)</source>
        <translation>사이트와 보안 연결을 맺을 수 없음(%1)</translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation>프록시 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>the site&apos;s name was not found</source>
        <translation>사이트 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>the proxy could not connect to the site (HTTP %1)</source>
        <translation>프록시가 사이트에 연결하지 못함(HTTP %1)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>연결이 거부됨</translation>
    </message>
    <message>
        <source>no connection could be made (%1)</source>
        <translation>연결할 수 없음(%1)</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>프록시 오류(%1)</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>연결이 끊어짐</translation>
    </message>
    <message>
        <source>the exchange with the site failed (%1)</source>
        <translation>사이트와 주고받기에 실패함(%1)</translation>
    </message>
    <message>
        <source>The HTTP library could not be started.</source>
        <translation>HTTP 라이브러리를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1초 안에 응답을 다 받지 못함</translation>
    </message>
</context>
<context>
    <name>Byline::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable.</source>
        <translation>보관함 폴더 %1을(를) 만들 수 없습니다. 디스크에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Byline. Update Byline to open it.</source>
        <translation>더 새로운 버전의 Byline에서 만든 보관함입니다. 열려면 Byline을 업데이트하세요.</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The disk is full. Your text is safe in the editor and will be saved when space is free.</source>
        <translation>디스크가 가득 찼습니다. 작성한 글은 편집기에 안전하게 남아 있으며, 공간이 확보되면 저장됩니다.</translation>
    </message>
    <message>
        <source>The library cannot be written to: its disk or folder is read-only. Your text is safe in the editor and will be saved when the library can be written again.</source>
        <translation>보관함에 쓸 수 없습니다. 디스크나 폴더가 읽기 전용입니다. 작성한 글은 편집기에 안전하게 남아 있으며, 보관함에 다시 쓸 수 있게 되면 저장됩니다.</translation>
    </message>
    <message>
        <source>Another program is holding the library. Your text is safe in the editor and will be saved in a moment.</source>
        <translation>다른 프로그램이 보관함을 사용하고 있습니다. 작성한 글은 편집기에 안전하게 남아 있으며, 잠시 후 저장됩니다.</translation>
    </message>
    <message>
        <source>The library file is damaged. Your text is safe in the editor; restart Byline to repair the library.</source>
        <translation>보관함 파일이 손상되었습니다. 작성한 글은 편집기에 안전하게 남아 있습니다. 보관함을 복구하려면 Byline을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The library could not be changed</source>
        <translation>보관함을 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot open the library in %1</source>
        <translation>%1의 보관함을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The library file %1 cannot be read</source>
        <translation>보관함 파일 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The library file cannot be read</source>
        <translation>보관함 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The library could not be upgraded</source>
        <translation>보관함을 업그레이드하지 못했습니다</translation>
    </message>
    <message>
        <source>%1: the disk reported an error. Check that the disk is still connected and working.</source>
        <translation>%1: 디스크에서 오류가 보고되었습니다. 디스크가 연결되어 있고 제대로 작동하는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1: the library file cannot be opened. Check that the library folder still exists.</source>
        <translation>%1: 보관함 파일을 열 수 없습니다. 보관함 폴더가 아직 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1: the library reported an unexpected error.</source>
        <translation>%1: 보관함에서 예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>%1: the library reported an unexpected error (SQLite code %2).</source>
        <translation>%1: 보관함에서 예기치 않은 오류가 발생했습니다(SQLite 코드 %2).</translation>
    </message>
    <message>
        <source>Cannot create the library in %1</source>
        <translation>%1에 보관함을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>The library file %1 is damaged.</source>
        <translation>보관함 파일 %1이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <source>The file %1 is not a Byline library.</source>
        <translation>%1 파일은 Byline 보관함이 아닙니다.</translation>
    </message>
    <message>
        <source>The library file %1 cannot be used as it is and could not be moved aside. Move it away by hand and start Byline again.</source>
        <translation>보관함 파일 %1을(를) 그대로 쓸 수 없는데 다른 곳으로 옮기지도 못했습니다. 직접 다른 곳으로 옮긴 뒤 Byline을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The stories could not be copied into the new library</source>
        <translation>기사를 새 보관함으로 옮기지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Byline::LibraryFile</name>
    <message numerus="yes">
        <source>The library file was damaged. %n story(s) could still be read and were copied into a new library; the damaged file was kept at %1.</source>
        <translation>
            <numerusform>보관함 파일이 손상되었습니다. 아직 읽을 수 있는 기사 %n건을 새 보관함으로 옮겼고, 손상된 파일은 %1에 보관했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library file is not a Byline library (or no longer looks like one), so Byline did not change it: it was kept at %1 and a new library was started. %n story(s) could be read from it and were copied into the new library.</source>
        <translation>
            <numerusform>보관함 파일이 Byline 보관함이 아니거나 더 이상 보관함으로 보이지 않아 Byline이 손대지 않았습니다. 파일은 %1에 보관하고 새 보관함을 시작했습니다. 이 파일에서 읽을 수 있는 기사 %n건을 새 보관함으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library&apos;s journal (library.sqlite-wal) belonged to another database, so Byline did not apply it: the library and that journal were kept untouched at %1. %n story(s) were copied from the library into a new one; the latest edits may be missing.</source>
        <translation>
            <numerusform>보관함의 저널 파일(library.sqlite-wal)이 다른 데이터베이스의 것이어서 Byline이 적용하지 않았습니다. 보관함과 그 저널은 손대지 않은 채 %1에 보관했습니다. 보관함에서 기사 %n건을 새 보관함으로 옮겼으며, 가장 최근 수정 내용은 빠졌을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library file was empty (0 bytes): its stories were lost before Byline started, for example by a failed copy or a full disk. The empty file was kept at %1 and a new library was started; restore the library from a backup if you have one.</source>
        <translation>보관함 파일이 비어 있었습니다(0바이트). Byline이 시작되기 전에 기사가 사라진 것으로, 복사가 실패했거나 디스크가 가득 찼을 때 이런 일이 생깁니다. 빈 파일은 %1에 보관하고 새 보관함을 시작했습니다. 백업이 있으면 보관함을 백업에서 복원하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) could be read from its journal and were copied into the new library.</source>
        <translation>
            <numerusform>저널에서 읽을 수 있는 기사 %n건을 새 보관함으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them come from their last named revision or publish snapshot, so later edits may be missing.</source>
        <translation>
            <numerusform>그중 %n건은 마지막으로 저장한 판이나 게시 스냅숏에서 되살린 것이라 그 뒤의 수정 내용은 빠졌을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other story(s) could not be read.</source>
        <translation>
            <numerusform>다른 기사 %n건은 읽을 수 없었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::LibraryLock</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (%3의 프로세스 %2)</translation>
    </message>
    <message>
        <source>The library in %1 is already open in another Byline window.</source>
        <translation>%1의 보관함이 이미 다른 Byline 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>The library in %1 is already open in %2. Close that window, or open another library.</source>
        <translation>%1의 보관함이 이미 %2에서 열려 있습니다. 그 창을 닫거나 다른 보관함을 여세요.</translation>
    </message>
    <message>
        <source>Byline cannot write in the library folder %1. Check its permissions.</source>
        <translation>Byline이 보관함 폴더 %1에 쓸 수 없습니다. 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The library in %1 could not be locked for this window.</source>
        <translation>이 창에서 쓰도록 %1의 보관함을 잠그지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>링크 제거</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Web addresses (http, https) and email addresses.</source>
        <translation>웹 주소(http, https)와 이메일 주소를 넣을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::LockKeeper</name>
    <message>
        <source>Kept when %1 took the story over (%2)</source>
        <translation>%1 님이 기사를 넘겨받을 때 보관 (%2)</translation>
    </message>
    <message>
        <source>Kept when the story could no longer be edited on the site (%1)</source>
        <translation>사이트에서 기사를 더 고칠 수 없게 되었을 때 보관 (%1)</translation>
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
        <source>Preview</source>
        <translation>미리보기</translation>
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
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>새 기사</translation>
    </message>
    <message>
        <source>Saving works again. Everything you wrote is in the library.</source>
        <translation>다시 저장할 수 있습니다. 작성한 내용은 모두 보관함에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this keeps a named revision to go back to.</source>
        <translation>글은 입력하는 즉시 저장됩니다. 판 저장은 나중에 되돌아갈 수 있도록 이름을 붙인 판을 남깁니다.</translation>
    </message>
    <message>
        <source>Save Revision &amp;As…</source>
        <translation>다른 이름으로 판 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>판 저장</translation>
    </message>
    <message>
        <source>Name of this revision:</source>
        <translation>이 판의 이름:</translation>
    </message>
    <message>
        <source>HTML &amp;Source</source>
        <translation>HTML 소스(&amp;S)</translation>
    </message>
    <message>
        <source>Byline did not close properly last time. Your article was recovered from the autosave; at most the last second of typing may be missing.</source>
        <translation>지난번에 Byline이 제대로 종료되지 않았습니다. 자동 저장본에서 기사를 복구했습니다. 마지막 1초 정도 입력한 내용이 빠졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

If you quit now they are lost. Keep Byline open and try again when the problem is fixed?</source>
        <translation>최근 변경 사항을 저장하지 못했습니다:
%1

지금 끝내면 변경 사항이 사라집니다. Byline을 열어 두고 문제가 해결되면 다시 시도하시겠습니까?</translation>
    </message>
    <message>
        <source>Revision %1 saved.</source>
        <translation>%1판을 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 characters · %2 without spaces · %3 words · %4 manuscript sheets · %5 min read</source>
        <translation>공백 포함 %1자 · 공백 제외 %2자 · %3단어 · 원고지 %4매 · 읽는 시간 %5분</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2자</translation>
    </message>
    <message numerus="yes">
        <source>Length target of the publication: %n characters with spaces</source>
        <translation>
            <numerusform>매체의 목표 분량: 공백 포함 %n자</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Your text is safe in the editor. Byline keeps trying and saves it as soon as it can.</source>
        <translation>작성한 글은 편집기에 안전하게 남아 있습니다. Byline이 계속 시도하여 저장할 수 있게 되는 즉시 저장합니다.</translation>
    </message>
    <message>
        <source>Search headlines and text</source>
        <translation>제목과 본문 검색</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Articles (*.byline *.json *.html *.htm);;All files (*)</source>
        <translation>기사 (*.byline *.json *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>기사 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>기사 내보내기</translation>
    </message>
    <message>
        <source>Byline package (*.byline);;Article JSON (*.json);;Web page (*.html)</source>
        <translation>Byline 패키지 (*.byline);;기사 JSON (*.json);;웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Open or create an article first; photos belong to an article.</source>
        <translation>먼저 기사를 열거나 새로 만드세요. 사진은 기사에 딸립니다.</translation>
    </message>
    <message>
        <source>“%1” needs you: %2</source>
        <translation>“%1” 확인 필요: %2</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>게시(&amp;P)…</translation>
    </message>
    <message>
        <source>Send this story to the site: as a draft, for review, now or at a set time</source>
        <translation>이 기사를 사이트에 보내기: 초안, 검토 요청, 지금 게시 또는 예약 게시</translation>
    </message>
    <message numerus="yes">
        <source>Publishing: %n job(s) need you.</source>
        <translation>
            <numerusform>게시: 확인이 필요한 작업이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create an article first.</source>
        <translation>먼저 기사를 열거나 새로 만드세요.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>“%1” is queued for %2: %3.</source>
        <translation>“%1” 기사를 %2에 보내도록 대기열에 넣었습니다: %3.</translation>
    </message>
    <message>
        <source>Go to the &amp;Desk</source>
        <translation>데스크로 가기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>넘겨받기(&amp;T)</translation>
    </message>
    <message>
        <source>Edit the story yourself; the other editor&apos;s Byline turns read-only</source>
        <translation>직접 편집합니다. 다른 편집자의 바이라인은 읽기 전용이 됩니다</translation>
    </message>
    <message>
        <source>Opening “%1”… %p%</source>
        <translation>“%1” 여는 중… %p%</translation>
    </message>
    <message>
        <source>Opening “%1” from the desk…</source>
        <translation>데스크에서 “%1” 여는 중…</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Open “%1” from the desk first: the desk returns and approves stories it has opened.</source>
        <translation>먼저 데스크에서 “%1”을(를) 여세요. 데스크는 연 기사를 반려하거나 출고합니다.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>넘겨받기</translation>
    </message>
    <message>
        <source>Someone else is editing this story. If you take it over, their Byline keeps what they wrote as a revision and turns read-only. Take it over?</source>
        <translation>다른 사람이 이 기사를 편집하고 있습니다. 넘겨받으면 그 사람의 바이라인은 쓰던 내용을 판으로 보관하고 읽기 전용이 됩니다. 넘겨받을까요?</translation>
    </message>
    <message>
        <source>This story is read-only here: the site no longer has it.</source>
        <translation>이 기사는 여기서 읽기 전용입니다. 사이트에 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>%1 is editing since %2. You can read the story; to edit it, take it over.</source>
        <translation>%1 님이 %2부터 편집 중입니다. 기사를 읽을 수는 있고, 편집하려면 넘겨받으세요.</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 반려: %2</translation>
    </message>
</context>
<context>
    <name>Byline::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Byline::Outbox</name>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>A scheduled story needs a date and time.</source>
        <translation>예약 게시할 기사에는 날짜와 시각이 필요합니다.</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>%1에 보냄: %2</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>보관함에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The story could not be queued</source>
        <translation>기사를 게시 대기열에 넣지 못했습니다</translation>
    </message>
    <message>
        <source>Replaced by job %1 (a newer revision).</source>
        <translation>더 새로운 판을 보내는 작업 %1(으)로 대체되었습니다.</translation>
    </message>
    <message>
        <source>The publish queue could not be changed</source>
        <translation>게시 대기열을 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>There is no job %1 in the publish queue.</source>
        <translation>게시 대기열에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Job %1 is done: there is nothing to retry.</source>
        <translation>작업 %1은(는) 이미 끝나 다시 시도할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Queued again to replace the edit made on the site.</source>
        <translation>사이트에서 수정한 내용을 덮어쓰도록 다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Job %1 is done and cannot be cancelled; unpublish the story instead.</source>
        <translation>작업 %1은(는) 이미 끝나 취소할 수 없습니다. 대신 기사를 게시 취소하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>A story goes back to its reporter with a note saying why: write the note.</source>
        <translation>반려할 때는 이유를 적은 메모가 있어야 합니다. 메모를 적으세요.</translation>
    </message>
    <message>
        <source>The note is empty: write what the reporter or the desk should know.</source>
        <translation>메모가 비어 있습니다. 기자나 데스크가 알아야 할 내용을 적으세요.</translation>
    </message>
    <message>
        <source>The note is %1 characters long; the site keeps at most %2. Shorten it.</source>
        <translation>메모가 %1자입니다. 사이트는 %2자까지만 보관합니다. 줄여 주세요.</translation>
    </message>
    <message>
        <source>This story is not on %1: send it there first, or open it from the desk.</source>
        <translation>이 기사는 %1에 없습니다. 먼저 그곳에 보내거나 데스크에서 여세요.</translation>
    </message>
</context>
<context>
    <name>Byline::PageTemplate</name>
    <message>
        <source>{{{%1}} has three opening braces but only two closing ones.</source>
        <translation>{{{%1}}은(는) 여는 중괄호가 세 개인데 닫는 중괄호는 두 개뿐입니다.</translation>
    </message>
    <message>
        <source>A tag opened with {{{ is never closed with }}}.</source>
        <translation>{{{로 연 태그를 }}}로 닫지 않았습니다.</translation>
    </message>
    <message>
        <source>A tag opened with {{ is never closed with }}.</source>
        <translation>{{로 연 태그를 }}로 닫지 않았습니다.</translation>
    </message>
    <message>
        <source>Partials ({{&gt;%1}}) are not supported.</source>
        <translation>부분 템플릿({{&gt;%1}})은 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Changing the delimiters ({{=…=}}) is not supported.</source>
        <translation>구분자 변경({{=…=}})은 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>A tag has no name.</source>
        <translation>이름이 없는 태그가 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, _ and -, parts joined by dots.</source>
        <translation>&quot;%1&quot;은(는) 올바른 이름이 아닙니다. 영문자, 숫자, _, -를 쓰고, 여러 부분은 점으로 이으세요.</translation>
    </message>
    <message>
        <source>The slot name &quot;%1&quot; cannot contain dots.</source>
        <translation>슬롯 이름 &quot;%1&quot;에는 점을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The slot {{$%1}} is inside {{#%2}}: slots must be outside sections, so the element is always on the page.</source>
        <translation>슬롯 {{$%1}}이(가) {{#%2}} 안에 있습니다. 해당 요소가 항상 페이지에 있도록 슬롯은 섹션 밖에 두어야 합니다.</translation>
    </message>
    <message>
        <source>The slot {{$%1}} is already defined on line %2.</source>
        <translation>슬롯 {{$%1}}은(는) 이미 %2행에서 정의되었습니다.</translation>
    </message>
    <message>
        <source>The slot {{$%1}} must directly follow the start tag of an element with data-byline-slot=&quot;%1&quot;.</source>
        <translation>슬롯 {{$%1}}은(는) data-byline-slot=&quot;%1&quot;이 있는 요소의 시작 태그 바로 뒤에 와야 합니다.</translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing.</source>
        <translation>{{/%1}}에 짝이 되는 여는 태그가 없습니다.</translation>
    </message>
    <message>
        <source>{{/%1}} does not match %2 opened on line %3.</source>
        <translation>{{/%1}}이(가) %3행에서 연 %2와(과) 짝이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The slot {{$%1}} must end right before the end tag of its element.</source>
        <translation>슬롯 {{$%1}}은(는) 해당 요소의 끝 태그 바로 앞에서 끝나야 합니다.</translation>
    </message>
    <message>
        <source>%1 is never closed with {{/%2}}.</source>
        <translation>%1을(를) {{/%2}}로 닫지 않았습니다.</translation>
    </message>
    <message>
        <source>{{%1%2}} is nested more than %3 sections deep.</source>
        <translation>{{%1%2}}이(가) 섹션 %3단계보다 깊이 중첩되어 있습니다.</translation>
    </message>
    <message>
        <source>The template makes too large a page: its sections repeat too often (more than %1 steps or %2 million characters), so the page was not made.</source>
        <translation>템플릿이 너무 큰 페이지를 만듭니다. 섹션이 너무 많이 반복되어(%1단계 또는 %2백만 자 초과) 페이지를 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoImport</name>
    <message>
        <source>%1 is a folder; choose the photos inside it.</source>
        <translation>%1은(는) 폴더입니다. 폴더 안의 사진을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: the file is no longer there (it was moved or deleted during the import).</source>
        <translation>%1을(를) 보관함에 복사할 수 없습니다: 파일이 더 이상 없습니다(가져오는 도중 이동되었거나 삭제되었습니다).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: %2</source>
        <translation>%1을(를) 보관함에 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no picture.</source>
        <translation>%1은(는) 빈 파일(0바이트)이라 사진이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Byline imports JPEG, PNG, WebP and TIFF photos.</source>
        <translation>Byline은 JPEG, PNG, WebP, TIFF 사진을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a photo. %2 Export the picture as JPEG or PNG.</source>
        <translation>%1은(는) 사진이 아니라 PDF 문서입니다. %2 사진을 JPEG 또는 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is named like a photo, but its contents are not a picture Byline can read. %2</source>
        <translation>%1은(는) 사진 파일 이름이지만 내용이 Byline에서 읽을 수 있는 사진이 아닙니다. %2</translation>
    </message>
    <message>
        <source>%1 is not a photo. %2</source>
        <translation>%1은(는) 사진이 아닙니다. %2</translation>
    </message>
    <message>
        <source>%1: GIF is not supported for news photos; export a JPEG or PNG.</source>
        <translation>%1: GIF는 보도 사진에 사용할 수 없습니다. JPEG 또는 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is a %2 image. %3 Export it as JPEG or PNG.</source>
        <translation>%1은(는) %2 이미지입니다. %3 JPEG 또는 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); Byline takes photos up to %5 megapixels. Import a smaller copy.</source>
        <translation>%1은(는) %2 × %3픽셀(%4메가픽셀)입니다. Byline은 %5메가픽셀까지의 사진만 받습니다. 더 작은 사본을 가져오세요.</translation>
    </message>
    <message>
        <source>%1 is cut short: the JPEG data ends before the picture does. The file was probably not copied completely; copy it again from its source.</source>
        <translation>%1이(가) 잘려 있습니다: 사진이 끝나기 전에 JPEG 데이터가 끝납니다. 파일이 완전히 복사되지 않은 것 같으니 원본에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is already in this article.</source>
        <translation>%1은(는) 이미 이 기사에 있습니다.</translation>
    </message>
    <message>
        <source>%1: the caption and credit in the file could not be read (%2).</source>
        <translation>%1: 파일의 캡션과 크레디트를 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a folder with no photos directly inside it (its subfolders are not searched); choose the photos.</source>
        <translation>%1은(는) 바로 안에 사진이 없는 폴더입니다(하위 폴더는 찾지 않습니다). 사진을 선택하세요.</translation>
    </message>
    <message>
        <source>Found in the folder %1 (its subfolders are not searched).</source>
        <translation>폴더 %1에서 찾았습니다(하위 폴더는 찾지 않습니다).</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2.</source>
        <translation>%1을(를) 사진으로 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be decoded: %2.</source>
        <translation>%1이(가) 손상되어 디코딩할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Byline takes photos of up to %3 MB. Import a smaller copy.</source>
        <translation>%1은(는) %2MB입니다. Byline은 %3MB까지의 사진을 가져올 수 있습니다. 더 작은 사본을 가져오세요.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Byline takes photos of up to %2 MB. Import a smaller copy.</source>
        <translation>%1이(가) %2MB보다 큽니다. Byline은 %2MB까지의 사진을 가져올 수 있습니다. 더 작은 사본을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoImportJob</name>
    <message>
        <source>%1 is not a web address Byline can download from.</source>
        <translation>%1은(는) Byline이 내려받을 수 있는 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was not downloaded: it is larger than %2 MB, too large for a photo.</source>
        <translation>%1을(를) 내려받지 않았습니다: %2MB보다 커서 사진으로 보기에 너무 큽니다.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1을(를) 내려받지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved for importing: %2</source>
        <translation>%1을(를) 가져오기 위해 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The photos could not be added: %1</source>
        <translation>사진을 추가하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoListModel</name>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2픽셀, %3</translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation>대표 사진</translation>
    </message>
    <message>
        <source>Needs a credit before publishing</source>
        <translation>게재 전에 크레디트가 필요합니다</translation>
    </message>
    <message>
        <source>Needs alt text (what the picture shows) before publishing</source>
        <translation>게재 전에 대체 텍스트(사진 내용 설명)가 필요합니다</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>사진 순서 변경</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoMetadataIO</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation>사진 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can read.</source>
        <translation>%1은(는) Byline에서 읽을 수 있는 사진이 아닙니다.</translation>
    </message>
    <message>
        <source>The caption&apos;s character set is unknown; check the Korean text.</source>
        <translation>캡션의 문자 집합을 알 수 없습니다. 한글 텍스트를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can write to.</source>
        <translation>%1은(는) Byline에서 쓸 수 있는 사진이 아닙니다.</translation>
    </message>
    <message>
        <source>Could not write the caption and credit into %1: %2</source>
        <translation>%1에 캡션과 크레디트를 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file ends before its picture does (it is cut short)</source>
        <translation>사진이 끝나기 전에 파일이 끝납니다(파일이 중간에 잘렸습니다)</translation>
    </message>
    <message>
        <source>its contents are not a picture of the type its start claims</source>
        <translation>파일 앞부분이 밝힌 형식과 달리 내용이 그 형식의 사진이 아닙니다</translation>
    </message>
    <message>
        <source>its contents are not a picture of any type Byline knows</source>
        <translation>내용이 Byline이 아는 어떤 형식의 사진도 아닙니다</translation>
    </message>
    <message>
        <source>its picture type is not one Byline can read metadata from</source>
        <translation>Byline이 메타데이터를 읽을 수 없는 사진 형식입니다</translation>
    </message>
    <message>
        <source>its structure is damaged: a part reaches past the end of the file or has an impossible size (the file may be cut short)</source>
        <translation>파일 구조가 손상되었습니다. 어떤 부분이 파일 끝을 넘어가거나 있을 수 없는 크기입니다(파일이 중간에 잘렸을 수 있습니다)</translation>
    </message>
    <message>
        <source>its XMP metadata is damaged</source>
        <translation>XMP 메타데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>its colour profile is damaged</source>
        <translation>색 프로필이 손상되었습니다</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>its metadata asks for more memory than a photo needs</source>
        <translation>메타데이터가 사진 한 장에 필요한 것보다 많은 메모리를 요구합니다</translation>
    </message>
    <message>
        <source>exiv2 error %1</source>
        <translation>exiv2 오류 %1</translation>
    </message>
    <message>
        <source>Could not read the photo %1: %2.</source>
        <translation>사진 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Could not read the photo %1: its metadata could not be read.</source>
        <translation>사진 %1을(를) 읽을 수 없습니다: 메타데이터를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the caption and credit into %1: %2.</source>
        <translation>%1에 캡션과 크레디트를 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>the file could not be read from the disk</source>
        <translation>디스크에서 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>its contents are not a picture Byline can read</source>
        <translation>내용이 Byline에서 읽을 수 있는 사진이 아닙니다</translation>
    </message>
    <message>
        <source>its picture data is damaged</source>
        <translation>사진 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>its header does not describe a picture (damaged, or not a photo)</source>
        <translation>파일 머리 부분에 사진 정보가 없습니다(손상되었거나 사진이 아닙니다)</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoPanel</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add photos to the article</source>
        <translation>기사에 사진 추가</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff);;All files (*)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.webp *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>삽입</translation>
    </message>
    <message>
        <source>Insert the photo into the body at the cursor</source>
        <translation>커서 위치의 본문에 사진 삽입</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Make this the lead photo</source>
        <translation>이 사진을 대표 사진으로 지정</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>자르기…</translation>
    </message>
    <message>
        <source>Crop and rotate</source>
        <translation>자르기 및 회전</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the photo from the article</source>
        <translation>기사에서 사진 제거</translation>
    </message>
    <message>
        <source>Caption (shown after ▲)</source>
        <translation>캡션(▲ 뒤에 표시)</translation>
    </message>
    <message>
        <source>Photographer or agency</source>
        <translation>사진기자 또는 통신사</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>사진을 볼 수 없는 독자를 위한 사진 내용 설명</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>캡션(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>크레디트(&amp;R):</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>대체 텍스트(&amp;X):</translation>
    </message>
    <message>
        <source>No alt text: describe the picture for readers who cannot see it.</source>
        <translation>대체 텍스트 없음: 사진을 볼 수 없는 독자를 위해 사진 내용을 설명하세요.</translation>
    </message>
    <message>
        <source>No credit: name the photographer or agency.</source>
        <translation>크레디트 없음: 사진기자나 통신사를 적으세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>사진 %n장을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>사진 제거</translation>
    </message>
    <message>
        <source>The body shows this photo. Removing it also takes it out of the body. Remove it?</source>
        <translation>본문에 이 사진이 들어 있습니다. 제거하면 본문에서도 빠집니다. 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>The original of %1 cannot be read: %2</source>
        <translation>%1의 원본을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>크레디트 없음</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop importing; the photos already added stay</source>
        <translation>가져오기를 멈춥니다. 이미 추가된 사진은 그대로 남습니다</translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation>사진 추가 중: %2장 중 %1장</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>사진 추가 중…</translation>
    </message>
    <message>
        <source>Import stopped. %1</source>
        <translation>가져오기를 멈췄습니다. %1</translation>
    </message>
</context>
<context>
    <name>Byline::PhotoStore</name>
    <message>
        <source>The lead photo could not be set</source>
        <translation>대표 사진을 지정할 수 없습니다</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>보관함에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The photos could not be reordered</source>
        <translation>사진 순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The photo %1 has an id that Byline does not accept.</source>
        <translation>사진 %1의 id는 Byline에서 받아들일 수 없는 형식입니다.</translation>
    </message>
    <message>
        <source>The photo could not be added</source>
        <translation>사진을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>The article already has the photo %1.</source>
        <translation>기사에 이미 사진 %1이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The photo could not be saved</source>
        <translation>사진을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>The photo %1 is no longer in the library.</source>
        <translation>사진 %1이(가) 더 이상 보관함에 없습니다.</translation>
    </message>
    <message>
        <source>There is no photo %1 in the library.</source>
        <translation>보관함에 사진 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The photo could not be removed</source>
        <translation>사진을 제거할 수 없습니다</translation>
    </message>
    <message>
        <source>The photo %1 is not in article %2.</source>
        <translation>사진 %1은(는) 기사 %2에 없습니다.</translation>
    </message>
    <message>
        <source>The photos could not be saved</source>
        <translation>사진을 저장할 수 없습니다</translation>
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
    <message>
        <source>Both</source>
        <translation>함께</translation>
    </message>
    <message>
        <source>Size of the desktop page</source>
        <translation>데스크톱 페이지 크기</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Scroll the preview to the part being edited</source>
        <translation>편집 중인 부분으로 미리보기를 스크롤</translation>
    </message>
</context>
<context>
    <name>Byline::Publication</name>
    <message>
        <source>The publication setting &quot;%1&quot; has the wrong type; its default is used.</source>
        <translation>매체 설정 &quot;%1&quot;의 값 형식이 잘못되어 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>The publication setting &quot;%1&quot; must be between %2 and %3; its default is used.</source>
        <translation>매체 설정 &quot;%1&quot;은(는) %2에서 %3 사이여야 합니다. 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>The site address &quot;%1&quot; must start with https:// or http://.</source>
        <translation>사이트 주소 &quot;%1&quot;은(는) https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The caption style &quot;%1&quot; has no {caption}; the default style is used.</source>
        <translation>캡션 형식 &quot;%1&quot;에 {caption}이 없어 기본 형식을 사용합니다.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known; %2 is used.</source>
        <translation>알 수 없는 시간대 &quot;%1&quot;입니다. %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The share link &quot;%1&quot; must be empty or start with https:// or http://.</source>
        <translation>공유 링크 &quot;%1&quot;은(는) 비워 두거나 https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Byline::PublishDialog</name>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>게시: %1</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>게시 대상(&amp;T):</translation>
    </message>
    <message>
        <source>Add a site in Settings ▸ Publishing Targets.</source>
        <translation>설정 ▸ 게시 대상에서 사이트를 추가하세요.</translation>
    </message>
    <message>
        <source>Save as &amp;draft on the site</source>
        <translation>사이트에 초안으로 저장(&amp;D)</translation>
    </message>
    <message>
        <source>The site keeps it as a draft; nobody sees it yet.</source>
        <translation>사이트에 초안으로 보관되며, 아직 아무에게도 공개되지 않습니다.</translation>
    </message>
    <message>
        <source>Submit for &amp;review</source>
        <translation>검토 요청(&amp;R)</translation>
    </message>
    <message>
        <source>The desk finds it waiting for review (pending).</source>
        <translation>데스크가 검토할 수 있도록 검토 대기(pending) 상태로 올라갑니다.</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>지금 게시(&amp;P)</translation>
    </message>
    <message>
        <source>Readers see it as soon as it arrives.</source>
        <translation>사이트에 도착하는 즉시 독자에게 공개됩니다.</translation>
    </message>
    <message>
        <source>&amp;Schedule for:</source>
        <translation>예약 게시(&amp;S):</translation>
    </message>
    <message>
        <source>The site publishes it at the time chosen.</source>
        <translation>정한 시각에 사이트가 게시합니다.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>게시 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Take the story off the site; it goes back to draft there.</source>
        <translation>사이트에서 기사를 내립니다. 사이트에서는 초안으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>게시 시각</translation>
    </message>
    <message>
        <source>The story has no headline.</source>
        <translation>기사에 제목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) without alt text, which blind readers rely on: %1</source>
        <translation>
            <numerusform>시각장애인 독자에게 필요한 대체 텍스트가 없는 사진 %n장: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) without a credit: %1</source>
        <translation>
            <numerusform>크레디트가 없는 사진 %n장: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>게시 방식:</translation>
    </message>
    <message>
        <source>Choose where the story goes.</source>
        <translation>기사를 보낼 곳을 고르세요.</translation>
    </message>
    <message>
        <source>Choose a time in the future for a scheduled story.</source>
        <translation>예약 게시 시각은 미래 시각으로 고르세요.</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>초안 저장</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>예약 게시</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>게시 취소</translation>
    </message>
</context>
<context>
    <name>Byline::PublishDock</name>
    <message>
        <source>Log of the attempts</source>
        <translation>시도 기록</translation>
    </message>
    <message>
        <source>Publishing Log: %1</source>
        <translation>게시 기록: %1</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%2에 %1: %3</translation>
    </message>
    <message>
        <source>%1  attempt %2  %3</source>
        <translation>%1  %2번째 시도  %3</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>아직 시도하지 않았습니다.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>게시 대기열</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>지금 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Send this job again now instead of waiting</source>
        <translation>기다리지 않고 이 작업을 지금 다시 보내기</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>작업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop this job; the site keeps what it already has</source>
        <translation>이 작업을 중지합니다. 사이트에 이미 올라간 내용은 그대로 남습니다</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>브라우저에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the published story</source>
        <translation>게시된 기사 열기</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>기록 보기(&amp;L)</translation>
    </message>
    <message>
        <source>What happened at each attempt</source>
        <translation>시도별 진행 내용</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>비교(&amp;M)…</translation>
    </message>
    <message>
        <source>The story was changed on the site: compare both versions and choose</source>
        <translation>사이트에서 기사가 수정되었습니다. 두 버전을 비교하고 고르세요</translation>
    </message>
    <message>
        <source>Another Byline (perhaps the command line) is publishing from this library; this list follows it.</source>
        <translation>다른 Byline(명령줄일 수 있음)이 이 보관함에서 게시하고 있습니다. 이 목록은 그 진행 상황을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Publishing jobs</source>
        <translation>게시 작업</translation>
    </message>
    <message>
        <source>Nothing is waiting to be published.
Stories you send with Article ▸ Publish… (%1) are listed here until they reach the site.</source>
        <translation>게시를 기다리는 기사가 없습니다.
기사 ▸ 게시…(%1)로 보낸 기사는 사이트에 도착할 때까지 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>브라우저에서 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Byline&apos;s version of “%1” is queued to replace the site&apos;s.</source>
        <translation>사이트 버전을 덮어쓰도록 “%1”의 Byline 버전을 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>The site&apos;s version of “%1” stays; the job was cancelled.</source>
        <translation>“%1”은(는) 사이트 버전을 유지하고 작업을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::PublishJob</name>
    <message>
        <source>Save as draft</source>
        <translation>초안으로 저장</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>지금 게시</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>예약 게시</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>게시 취소</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Uploading photos</source>
        <translation>사진 업로드 중</translation>
    </message>
    <message>
        <source>Sending article</source>
        <translation>기사 보내는 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>재시도 대기</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The server said (HTTP %1): %2</source>
        <translation>서버 응답(HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>서버 응답: %1</translation>
    </message>
    <message>
        <source>Return to reporter</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>출고 승인</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Byline::PublishJobModel</name>
    <message>
        <source>Next attempt at %1.</source>
        <translation>다음 시도: %1.</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Schedule for %1 %2</source>
        <translation>예약 게시: %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>게시 대상</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>게시 방식</translation>
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
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신 시각</translation>
    </message>
    <message>
        <source>Approve for %1 %2</source>
        <translation>출고 예약: %1 %2</translation>
    </message>
</context>
<context>
    <name>Byline::PublishQueueLock</name>
    <message>
        <source>Cannot take the publish queue&apos;s lock file %1.</source>
        <translation>게시 대기열의 잠금 파일 %1을(를) 확보할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::PublishRunner</name>
    <message>
        <source>Stopped before it finished; it continues when the queue runs again.</source>
        <translation>끝나기 전에 중지되었습니다. 대기열을 다시 실행하면 이어서 진행합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 %n초 후 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The story this job sends cannot be read from the library.</source>
        <translation>이 작업이 보낼 기사를 보관함에서 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no publishing target called &quot;%1&quot;. Add it in Settings, or with byline targets add.</source>
        <translation>&quot;%1&quot;(이)라는 게시 대상이 없습니다. 설정에서 추가하거나 byline targets add로 추가하세요.</translation>
    </message>
    <message>
        <source>There is no password for %1.</source>
        <translation>%1의 비밀번호가 없습니다.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1에 로그인하는 중…</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>%1번째 시도: %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n photos…</source>
        <translation>
            <numerusform>사진 %n장 업로드 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo %1 cannot be prepared for the web: %2</source>
        <translation>사진 %1을(를) 웹용으로 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Photo %1 is on the site (media %2).</source>
        <translation>사진 %1이(가) 사이트에 올라갔습니다(미디어 %2).</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>기사를 보내는 중…</translation>
    </message>
    <message>
        <source>Done: post %1, %2</source>
        <translation>완료: 글 %1, %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts in a row that got nothing onto the site. %1</source>
        <translation>
            <numerusform>사이트에 아무것도 올리지 못한 시도가 %n회 이어져 중단했습니다. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot take a story&apos;s text.</source>
        <translation>%1은(는) 기사 본문을 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>This story is not on %1 yet, so the desk cannot act on it there. Send it first.</source>
        <translation>이 기사는 아직 %1에 없어 데스크 작업을 할 수 없습니다. 먼저 보내세요.</translation>
    </message>
    <message>
        <source>(The site had it already from an attempt whose answer was lost; it was done once.)</source>
        <translation>(응답을 받지 못한 이전 시도로 사이트가 이미 처리했습니다. 한 번만 처리됐습니다.)</translation>
    </message>
    <message>
        <source>Returning the story to its reporter…</source>
        <translation>기사를 기자에게 반려하는 중…</translation>
    </message>
    <message>
        <source>Approving the story…</source>
        <translation>기사를 출고하는 중…</translation>
    </message>
    <message>
        <source>Sending the note…</source>
        <translation>메모를 보내는 중…</translation>
    </message>
    <message>
        <source>Returned to the reporter with the note: post %1 is a draft again.</source>
        <translation>메모와 함께 기자에게 반려했습니다. 글 %1은(는) 다시 초안입니다.</translation>
    </message>
    <message>
        <source>Approved: post %1 is scheduled for %2.</source>
        <translation>출고 승인: 글 %1은(는) %2에 게시되도록 예약됐습니다.</translation>
    </message>
    <message>
        <source>Approved: post %1 is published.</source>
        <translation>출고 승인: 글 %1이(가) 게시됐습니다.</translation>
    </message>
    <message>
        <source>The note is on post %1.</source>
        <translation>글 %1에 메모를 남겼습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::PublishService</name>
    <message>
        <source>There is no password for %1.</source>
        <translation>%1의 비밀번호가 없습니다.</translation>
    </message>
    <message>
        <source>The site says: %1</source>
        <translation>사이트 응답: %1</translation>
    </message>
    <message>
        <source>The target %1 writes each article into %2.</source>
        <translation>게시 대상 %1은(는) 각 기사를 %2에 저장합니다.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%2 계정으로 %1에 로그인했습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Upload photos: %1</source>
        <translation>사진 업로드: %1</translation>
    </message>
    <message>
        <source>Submit for review: %1</source>
        <translation>검토 요청: %1</translation>
    </message>
    <message>
        <source>Publish and schedule: %1</source>
        <translation>게시 및 예약 게시: %1</translation>
    </message>
    <message>
        <source>Update published stories: %1</source>
        <translation>게시된 기사 수정: %1</translation>
    </message>
    <message>
        <source>The Byline connector is installed: a retry never makes a second post.</source>
        <translation>Byline 커넥터가 설치되어 있습니다. 다시 시도해도 글이 중복으로 올라가지 않습니다.</translation>
    </message>
    <message>
        <source>The Byline connector is not installed: Byline avoids duplicates when it hears the site&apos;s answer; see docs/wordpress.md.</source>
        <translation>Byline 커넥터가 설치되어 있지 않습니다. Byline은 사이트의 응답을 받은 경우에만 중복 게시를 막을 수 있습니다. docs/wordpress.md를 참고하세요.</translation>
    </message>
</context>
<context>
    <name>Byline::PublishTarget</name>
    <message>
        <source>Unknown kind of target &quot;%1&quot;.</source>
        <translation>알 수 없는 게시 대상 종류 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>This target takes photos with the story.</source>
        <translation>이 게시 대상은 기사와 함께 사진도 받습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::Rendition</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation>사진 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a photo Byline can read (%2).</source>
        <translation>%1은(는) Byline에서 읽을 수 있는 사진이 아닙니다(%2).</translation>
    </message>
    <message>
        <source>The photo %1 is too large: %2 megapixels, at most %3.</source>
        <translation>사진 %1이(가) 너무 큽니다: %2메가픽셀이며, 최대 %3메가픽셀입니다.</translation>
    </message>
    <message>
        <source>Could not make the web copy of %1: %2</source>
        <translation>%1의 웹용 사본을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not decode the photo %1: %2.</source>
        <translation>사진 %1을(를) 디코딩할 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>Byline::ReturnDialog</name>
    <message>
        <source>(no headline)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Return to Reporter</source>
        <translation>기자에게 반려</translation>
    </message>
    <message>
        <source>%1 goes back to its reporter as a draft with your note. Say what to change.</source>
        <translation>%1 기사가 메모와 함께 기자에게 초안으로 돌아갑니다. 무엇을 고칠지 적어 주세요.</translation>
    </message>
    <message>
        <source>e.g. Name the source of the quote in the second paragraph.</source>
        <translation>예: 2문단 인용의 출처를 밝혀 주세요.</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>반려(&amp;R)</translation>
    </message>
    <message>
        <source>Write a note for the reporter: a story is never returned without one.</source>
        <translation>기자에게 남길 메모를 쓰세요. 메모 없이 반려할 수는 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::RevisionStore</name>
    <message>
        <source>No library is open.</source>
        <translation>열린 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The revision could not be saved</source>
        <translation>판을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>보관함에 %1번 기사가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>&amp;Publishing Targets</source>
        <translation>게시 대상(&amp;P)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>내장 템플릿 팩</translation>
    </message>
    <message>
        <source>Template Pack Folder</source>
        <translation>템플릿 팩 폴더</translation>
    </message>
</context>
<context>
    <name>Byline::SourceView</name>
    <message>
        <source>&amp;Apply to Article</source>
        <translation>기사에 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Edits here apply to the article when you return to the editor.</source>
        <translation>여기서 편집한 내용은 편집기로 돌아가면 기사에 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was applied. Fix the lines listed, or return to the editor to discard these edits.</source>
        <translation>
            <numerusform>문제 %n건: 아무것도 적용하지 않았습니다. 표시된 행을 고치거나, 편집기로 돌아가 이 편집 내용을 버리세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (%2열)</translation>
    </message>
</context>
<context>
    <name>Byline::StaticSite</name>
    <message>
        <source>The photo %1 was left out: %2</source>
        <translation>사진 %1은(는) 빠졌습니다: %2</translation>
    </message>
</context>
<context>
    <name>Byline::StyleSheetCheck</name>
    <message>
        <source>@import is not allowed: put all styles in the pack&apos;s style sheets.</source>
        <translation>@import는 쓸 수 없습니다. 모든 스타일은 팩의 스타일시트에 넣으세요.</translation>
    </message>
    <message>
        <source>expression() is not allowed: pages run no scripts.</source>
        <translation>expression()은 쓸 수 없습니다. 페이지에서는 스크립트를 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>url(%1) is outside the pack: a style sheet may use only the pack&apos;s own files and data: pictures.</source>
        <translation>url(%1)은(는) 팩 밖에 있습니다. 스타일시트에서는 팩 안의 파일과 data: 이미지만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;/style&gt; cannot appear in a style sheet.</source>
        <translation>스타일시트 안에는 &lt;/style&gt;이 들어갈 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::TargetAccount</name>
    <message>
        <source>The target name &quot;%1&quot; is not usable: use up to 64 letters, digits, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation>게시 대상 이름 &quot;%1&quot;은(는) 쓸 수 없습니다. 영문자나 숫자로 시작하고 영문자, 숫자, 점, 하이픈, 밑줄로 이루어진 64자 이내의 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>The folder target &quot;%1&quot; needs a folder (--path).</source>
        <translation>폴더 대상 &quot;%1&quot;에는 폴더(--path)가 필요합니다.</translation>
    </message>
    <message>
        <source>The WordPress target &quot;%1&quot; needs the site&apos;s http or https address (--url), not &quot;%2&quot;.</source>
        <translation>WordPress 대상 &quot;%1&quot;에는 &quot;%2&quot;이(가) 아니라 http 또는 https로 시작하는 사이트 주소(--url)가 필요합니다.</translation>
    </message>
    <message>
        <source>The WordPress target &quot;%1&quot; needs a user name (--user).</source>
        <translation>WordPress 대상 &quot;%1&quot;에는 사용자 이름(--user)이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown kind of target &quot;%1&quot;: use folder or wordpress.</source>
        <translation>알 수 없는 게시 대상 종류 &quot;%1&quot;입니다. folder 또는 wordpress를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Byline::TargetAccountDialog</name>
    <message>
        <source>Edit Publishing Target</source>
        <translation>게시 대상 편집</translation>
    </message>
    <message>
        <source>Add Publishing Target</source>
        <translation>게시 대상 추가</translation>
    </message>
    <message>
        <source>e.g. desk or hanbit-wp</source>
        <translation>예: desk 또는 hanbit-wp</translation>
    </message>
    <message>
        <source>What the queue and the command line call this target: letters, digits, dots, dashes and underscores.</source>
        <translation>게시 대기열과 명령줄에서 이 대상을 부르는 이름입니다. 영문자, 숫자, 점, 하이픈, 밑줄을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Folder (a static site on this computer)</source>
        <translation>폴더(이 컴퓨터의 정적 사이트)</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>WordPress 사이트</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder to Publish To</source>
        <translation>게시할 폴더</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>저장된 비밀번호를 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <source>From Users ▸ Profile ▸ Application Passwords</source>
        <translation>사용자 ▸ 프로필 ▸ 애플리케이션 비밀번호에서 발급</translation>
    </message>
    <message>
        <source>An Application Password made for Byline in your WordPress profile, not your sign-in password. It is kept only in the system keychain.</source>
        <translation>WordPress 프로필에서 Byline용으로 만든 애플리케이션 비밀번호(Application Password)입니다. 로그인 비밀번호가 아닙니다. 시스템 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>사이트 주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>애플리케이션 비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>There is already a target called “%1”: edit it, or choose another name.</source>
        <translation>“%1”(이)라는 게시 대상이 이미 있습니다. 그 대상을 편집하거나 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Enter the Application Password made for Byline in the WordPress profile of %1.</source>
        <translation>%1의 WordPress 프로필에서 Byline용으로 만든 애플리케이션 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>시스템 키체인에 비밀번호를 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>Byline::TargetOutcome</name>
    <message>
        <source>This account</source>
        <translation>이 계정</translation>
    </message>
    <message>
        <source>%1 may not write stories on this site.</source>
        <translation>%1에는 이 사이트에 기사를 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <source>%1 may not upload photos, and this story has photos. Ask the site&apos;s administrator for the upload right, or send the story without photos.</source>
        <translation>%1에는 사진 업로드 권한이 없는데 이 기사에는 사진이 있습니다. 사이트 관리자에게 업로드 권한을 요청하거나 사진 없이 기사를 보내세요.</translation>
    </message>
    <message>
        <source>%1 may not change a story that is already published. Ask the desk to update it.</source>
        <translation>%1에는 이미 게시된 기사를 수정할 권한이 없습니다. 데스크에 수정을 요청하세요.</translation>
    </message>
    <message>
        <source>%1 may not publish or schedule stories: it may only submit them for review. Submit it, and the desk publishes it.</source>
        <translation>%1에는 기사를 게시하거나 예약 게시할 권한이 없고 검토 요청만 할 수 있습니다. 검토 요청을 하면 데스크가 게시합니다.</translation>
    </message>
    <message>
        <source>%1 may not change a story that is already published.</source>
        <translation>%1에는 이미 게시된 기사를 수정할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This story is not on the site, so there is nothing to unpublish.</source>
        <translation>이 기사는 사이트에 없어 게시 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 may not unpublish stories.</source>
        <translation>%1에는 기사를 게시 취소할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>%1 may not edit other people&apos;s stories, so it cannot return them to their reporter. The desk returns stories.</source>
        <translation>%1에는 다른 사람의 기사를 고칠 권한이 없어 기사를 반려할 수 없습니다. 반려는 데스크가 합니다.</translation>
    </message>
    <message>
        <source>%1 may not publish stories, so it cannot approve them. The desk approves stories.</source>
        <translation>%1에는 기사를 게시할 권한이 없어 출고할 수 없습니다. 출고는 데스크가 합니다.</translation>
    </message>
    <message>
        <source>%1 may not edit other people&apos;s stories, so it cannot approve them. The desk approves stories.</source>
        <translation>%1에는 다른 사람의 기사를 고칠 권한이 없어 출고할 수 없습니다. 출고는 데스크가 합니다.</translation>
    </message>
</context>
<context>
    <name>Byline::TargetsPage</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Publishing targets</source>
        <translation>게시 대상</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>기본으로 지정(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in and see what this account may do</source>
        <translation>로그인해 이 계정으로 할 수 있는 작업 확인</translation>
    </message>
    <message>
        <source>Stories go to the default target unless you choose another when you publish. Passwords are kept only in the system keychain.</source>
        <translation>게시할 때 다른 대상을 고르지 않으면 기사는 기본 게시 대상으로 갑니다. 비밀번호는 시스템 키체인에만 보관합니다.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (기본)</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Remove Publishing Target</source>
        <translation>게시 대상 삭제</translation>
    </message>
    <message>
        <source>Remove the target “%1”? Stories already on it stay there; jobs still queued for it will wait for a target of that name.</source>
        <translation>게시 대상 “%1”을(를) 삭제할까요? 이미 올라간 기사는 그대로 남고, 이 대상으로 대기 중인 작업은 같은 이름의 대상이 생길 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1에 로그인하는 중…</translation>
    </message>
</context>
<context>
    <name>Byline::TemplateMarkup</name>
    <message>
        <source>The template ends inside &lt;%1&gt;: close it.</source>
        <translation>템플릿이 &lt;%1&gt; 안에서 끝납니다. 요소를 닫으세요.</translation>
    </message>
    <message>
        <source>The template ends inside a tag or a comment: close it.</source>
        <translation>템플릿이 태그나 주석 안에서 끝납니다. 태그나 주석을 닫으세요.</translation>
    </message>
    <message>
        <source>%1 on line %2 and %3 on line %4 are in different places of the markup (such as one inside a tag and one outside): a section must end where it starts.</source>
        <translation>%2행의 %1과(와) %4행의 %3이(가) 마크업의 서로 다른 곳에 있습니다(예: 하나는 태그 안, 하나는 태그 밖). 섹션은 시작한 곳과 같은 곳에서 끝나야 합니다.</translation>
    </message>
    <message>
        <source>%1 can only stand in the page&apos;s text, not inside a tag, an attribute, a comment, &lt;title&gt; or &lt;style&gt;.</source>
        <translation>%1은(는) 페이지의 텍스트 부분에만 쓸 수 있으며 태그, 속성, 주석, &lt;title&gt;, &lt;style&gt; 안에는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand inside the end tag &lt;/%2&gt;.</source>
        <translation>%1은(는) 끝 태그 &lt;/%2&gt; 안에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand between the attributes of &lt;%2&gt;: put it in a quoted attribute value.</source>
        <translation>%1은(는) &lt;%2&gt;의 속성 사이에 쓸 수 없습니다. 따옴표로 묶은 속성 값 안에 넣으세요.</translation>
    </message>
    <message>
        <source>%1 is in the unquoted value of %2: put the value in quotes.</source>
        <translation>%1이(가) 따옴표 없는 %2 속성 값 안에 있습니다. 값을 따옴표로 묶으세요.</translation>
    </message>
    <message>
        <source>%1 cannot stand inside an HTML comment.</source>
        <translation>%1은(는) HTML 주석 안에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand inside &lt;style&gt;: style sheets hold no values.</source>
        <translation>%1은(는) &lt;style&gt; 안에 쓸 수 없습니다. 스타일시트에는 값을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand inside the name of a tag or an attribute, or in &lt;!…&gt;: the markup would change with it.</source>
        <translation>%1은(는) 태그나 속성의 이름, &lt;!…&gt; 안에 쓸 수 없습니다. 값에 따라 마크업이 달라집니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand inside a style attribute: style sheets hold no values.</source>
        <translation>%1은(는) style 속성 안에 쓸 수 없습니다. 스타일시트에는 값을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot stand in the %2 attribute: its value must be written out.</source>
        <translation>%1은(는) %2 속성에 쓸 수 없습니다. 이 속성의 값은 직접 적어야 합니다.</translation>
    </message>
    <message>
        <source>%1 in %2=&quot;…&quot; must be the whole start of the address or follow its scheme (https:), a /, ? or #.</source>
        <translation>%2=&quot;…&quot; 안의 %1은(는) 주소의 맨 앞 전체이거나 스킴(https:), /, ?, # 뒤에 와야 합니다.</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not allowed: links may use http:, https:, mailto: and tel: only.</source>
        <translation>%1=&quot;%2&quot;은(는) 쓸 수 없습니다. 링크에는 http:, https:, mailto:, tel:만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; in &lt;%3&gt; is outside the pack: a page may load only the pack&apos;s own files and data: pictures.</source>
        <translation>&lt;%3&gt;의 %1=&quot;%2&quot;은(는) 팩 밖에 있습니다. 페이지는 팩 안의 파일과 data: 이미지만 불러올 수 있습니다.</translation>
    </message>
    <message>
        <source>Inline &lt;%1&gt; is not allowed in a template pack: show a picture from the pack&apos;s assets instead.</source>
        <translation>템플릿 팩에는 인라인 &lt;%1&gt; 요소를 쓸 수 없습니다. 대신 팩의 자산 이미지를 표시하세요.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in a template pack.</source>
        <translation>템플릿 팩에는 &lt;%1&gt; 요소를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Event handler attributes (%1) are not allowed: pages run no scripts.</source>
        <translation>이벤트 핸들러 속성(%1)은 쓸 수 없습니다. 페이지에서는 스크립트를 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;meta http-equiv&gt; is not allowed: {{{page.head}}} sets the page&apos;s security policy.</source>
        <translation>&lt;meta http-equiv&gt;는 쓸 수 없습니다. 페이지의 보안 정책은 {{{page.head}}}가 정합니다.</translation>
    </message>
    <message>
        <source>The %1 attribute is not allowed in a template pack.</source>
        <translation>템플릿 팩에는 %1 속성을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;link rel=&quot;%1&quot;&gt; is not allowed: a template may only have canonical, alternate, author and license links.</source>
        <translation>&lt;link rel=&quot;%1&quot;&gt;은(는) 쓸 수 없습니다. 템플릿에는 canonical, alternate, author, license 링크만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The address in %1=&quot;…&quot; mixes values and text before its path: a value must be the whole start of the address or follow its scheme (https:), a /, ? or #.</source>
        <translation>%1=&quot;…&quot;의 주소가 경로 앞에서 값과 텍스트를 섞고 있습니다. 값은 주소의 맨 앞 전체이거나 스킴(https:), /, ?, # 뒤에 와야 합니다.</translation>
    </message>
    <message>
        <source>After a Mustache tag inside &lt;%1&gt;, put a space before the next attribute.</source>
        <translation>&lt;%1&gt; 안의 Mustache 태그 뒤에는 다음 속성 앞에 공백을 넣으세요.</translation>
    </message>
</context>
<context>
    <name>Byline::TemplatePack</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1이(가) %2KB보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1 has no {{{page.head}}} in its &lt;head&gt;: it carries the character set and the security policy.</source>
        <translation>%1의 &lt;head&gt;에 {{{page.head}}}가 없습니다. 문자 집합과 보안 정책이 {{{page.head}}}에 들어 있습니다.</translation>
    </message>
    <message>
        <source>%1: the body slot must hold only {{{article.body}}}, so the preview can replace single paragraphs.</source>
        <translation>%1: 미리보기에서 문단을 하나씩 바꿀 수 있도록 본문 슬롯에는 {{{article.body}}}만 넣어야 합니다.</translation>
    </message>
    <message>
        <source>The template pack folder %1 does not exist.</source>
        <translation>템플릿 팩 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %2(%3번째 문자 위치).</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1에는 JSON 객체가 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot; (text).</source>
        <translation>%1에 &quot;name&quot;(텍스트)이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;version&quot; (text, such as &quot;1.0&quot;).</source>
        <translation>%1에 &quot;version&quot;(&quot;1.0&quot; 같은 텍스트)이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1: &quot;description&quot; must be text.</source>
        <translation>%1: &quot;description&quot;은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>%1: &quot;assets&quot; must be an object of names and file paths.</source>
        <translation>%1: &quot;assets&quot;는 이름과 파일 경로로 이루어진 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1: the asset name &quot;%2&quot; may only have letters, digits, _ and -.</source>
        <translation>%1: 자산 파일 이름(키) &quot;%2&quot;에는 영문자, 숫자, _, -만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the asset &quot;%2&quot; must be a relative path inside the pack&apos;s folder, without &quot;..&quot;.</source>
        <translation>%1: 자산 파일 &quot;%2&quot;은(는) 팩 폴더 안의 상대 경로여야 하며 &quot;..&quot;을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The asset %1 is not a picture Byline can show (SVG, PNG, JPEG, GIF, WebP or ICO).</source>
        <translation>자산 파일 %1은(는) Byline에서 표시할 수 있는 이미지(SVG, PNG, JPEG, GIF, WebP, ICO)가 아닙니다.</translation>
    </message>
    <message>
        <source>The template pack %1 has no article.html (or desktop.html and mobile.html).</source>
        <translation>템플릿 팩 %1에 article.html(또는 desktop.html과 mobile.html)이 없습니다.</translation>
    </message>
    <message>
        <source>The template pack %1 cannot be used, so the built-in one is shown instead. %2</source>
        <translation>템플릿 팩 %1을(를) 사용할 수 없어 내장 템플릿 팩으로 대신 표시합니다. %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (or lies in a linked folder): a template pack may hold only its own files, not links to files elsewhere.</source>
        <translation>%1은(는) 심볼릭 링크입니다(또는 링크된 폴더 안에 있습니다). 템플릿 팩에는 다른 곳의 파일을 가리키는 링크가 아닌 팩 자체의 파일만 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe).</source>
        <translation>%1은(는) 일반 파일이 아닙니다(폴더, 장치 또는 파이프).</translation>
    </message>
    <message>
        <source>%1 names %2 assets; a pack may have at most %3.</source>
        <translation>%1에 자산 파일이 %2개 있습니다. 팩에는 최대 %3개까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>The assets of %1 are larger than %2 MB together.</source>
        <translation>%1의 자산 파일을 모두 합하면 %2MB보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>Byline::WordPressDesk</name>
    <message>
        <source>%1: the story (post %2) is no longer on the site: it was deleted or moved to the trash.</source>
        <translation>%1: 기사(글 %2)가 더 이상 사이트에 없습니다. 삭제되었거나 휴지통으로 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>it is larger than Byline reads (%1 MB)</source>
        <translation>Byline이 읽는 크기(%1MB)보다 큽니다</translation>
    </message>
    <message>
        <source>it is not what was asked for</source>
        <translation>요청한 내용이 아닙니다</translation>
    </message>
    <message>
        <source>Asking the site what its desk offers</source>
        <translation>사이트의 데스크 기능 확인</translation>
    </message>
    <message>
        <source>Reading the desk&apos;s list</source>
        <translation>데스크 목록 읽기</translation>
    </message>
    <message numerus="yes">
        <source>%n stories in the site&apos;s list could not be read and are not shown.</source>
        <translation>
            <numerusform>사이트 목록의 기사 %n건을 읽을 수 없어 표시하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the story (post %1)</source>
        <translation>기사(글 %1) 읽기</translation>
    </message>
    <message>
        <source>it names the item %1</source>
        <translation>항목 번호가 %1입니다</translation>
    </message>
    <message>
        <source>Downloading a photo</source>
        <translation>사진 내려받기</translation>
    </message>
    <message>
        <source>%1: the site named no photo file: %2.</source>
        <translation>%1: 사이트가 사진 파일을 알려 주지 않았습니다: %2.</translation>
    </message>
    <message>
        <source>%1: the photo is larger than %2 MB, more than Byline takes from a site.</source>
        <translation>%1: 사진이 %2MB보다 커서 Byline이 사이트에서 받을 수 있는 크기를 넘습니다.</translation>
    </message>
    <message>
        <source>%1: the photo could not be written on this computer (%2).</source>
        <translation>%1: 이 컴퓨터에 사진을 저장할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>Taking the story (post %1)</source>
        <translation>기사(글 %1) 잠그기</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>%1 is editing this story since %2.</source>
        <translation>%1 님이 %2부터 이 기사를 데스킹하고 있습니다.</translation>
    </message>
    <message>
        <source>%1 is editing this story.</source>
        <translation>%1 님이 이 기사를 데스킹하고 있습니다.</translation>
    </message>
    <message>
        <source>it does not say who holds the story</source>
        <translation>누가 기사를 잠갔는지 알려 주지 않습니다</translation>
    </message>
    <message>
        <source>Letting go of the story (post %1)</source>
        <translation>기사(글 %1) 잠금 풀기</translation>
    </message>
    <message>
        <source>Reading the notes (post %1)</source>
        <translation>기사(글 %1)의 메모 읽기</translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be read and are not shown.</source>
        <translation>
            <numerusform>메모 %n건을 읽을 수 없어 표시하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the story (post %1) to the desk</source>
        <translation>기사(글 %1)를 데스크로 송고</translation>
    </message>
    <message>
        <source>Returning the story (post %1)</source>
        <translation>기사(글 %1) 반려</translation>
    </message>
    <message>
        <source>Approving the story (post %1)</source>
        <translation>기사(글 %1) 출고</translation>
    </message>
    <message>
        <source>Adding a note to the story (post %1)</source>
        <translation>기사(글 %1)에 메모 달기</translation>
    </message>
    <message>
        <source>%1: a return needs a note telling the reporter what to change.</source>
        <translation>%1: 반려하려면 기자에게 무엇을 고칠지 알려 주는 메모가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: the story is under embargo until %2; it cannot go out before then. Schedule it for that time instead.</source>
        <translation>%1: 이 기사는 %2까지 엠바고가 걸려 있어 그 전에는 출고할 수 없습니다. 대신 그 시각으로 예약하세요.</translation>
    </message>
    <message>
        <source>%1: the story is under embargo; it cannot go out yet.</source>
        <translation>%1: 이 기사는 엠바고가 걸려 있어 아직 출고할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Byline::WordPressTarget</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>This computer is offline; the story waits for the network.</source>
        <translation>이 컴퓨터가 오프라인 상태입니다. 네트워크에 연결되면 기사를 보냅니다.</translation>
    </message>
    <message>
        <source>%1: could not reach %2 (%3).</source>
        <translation>%1: %2에 연결할 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>%1: the site asked Byline to slow down (HTTP 429).</source>
        <translation>%1: 사이트가 Byline에 요청 속도를 늦추라고 했습니다(HTTP 429).</translation>
    </message>
    <message>
        <source>%1: the site had a problem (HTTP %2).</source>
        <translation>%1: 사이트에 문제가 생겼습니다(HTTP %2).</translation>
    </message>
    <message>
        <source>%1: WordPress refused the request as invalid (HTTP %4). The site says: %2</source>
        <translation>%1: WordPress가 잘못된 요청이라며 거부했습니다(HTTP %4). 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: WordPress refused the sign-in of &quot;%3&quot; (HTTP %4). Check the user name and the Application Password in the target&apos;s settings. The site says: %2</source>
        <translation>%1: WordPress가 &quot;%3&quot;의 로그인을 거부했습니다(HTTP %4). 게시 대상 설정에서 사용자 이름과 애플리케이션 비밀번호를 확인하세요. 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: the account &quot;%3&quot; may not do this on the site (HTTP %4). The site says: %2</source>
        <translation>%1: &quot;%3&quot; 계정에는 사이트에서 이 작업을 할 권한이 없습니다(HTTP %4). 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: the site has no such item or address (HTTP %4). Check the site&apos;s address. The site says: %2</source>
        <translation>%1: 사이트에 해당 항목이나 주소가 없습니다(HTTP %4). 사이트 주소를 확인하세요. 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: the site already has this item (HTTP %4). The site says: %2</source>
        <translation>%1: 사이트에 이미 같은 항목이 있습니다(HTTP %4). 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the site accepts (HTTP %4). Ask the site&apos;s administrator to raise the upload limit, or make the photo smaller. The site says: %2</source>
        <translation>%1: 파일이 사이트에서 받을 수 있는 크기보다 큽니다(HTTP %4). 사이트 관리자에게 업로드 한도를 늘려 달라고 요청하거나 사진 크기를 줄이세요. 사이트 응답: %2</translation>
    </message>
    <message>
        <source>%1: the site refused (HTTP %4). The site says: %2</source>
        <translation>%1: 사이트가 거부했습니다(HTTP %4). 사이트 응답: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(내용 없음)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Looking for an earlier copy</source>
        <translation>이전에 보낸 사본 찾기</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 업로드</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 찾기</translation>
    </message>
    <message>
        <source>Adding &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Checking the story on the site</source>
        <translation>사이트의 기사 확인</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 보내기</translation>
    </message>
    <message>
        <source>%1: the story is not on the site, so there is nothing to unpublish.</source>
        <translation>%1: 기사가 사이트에 없어 게시 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Someone changed this story on the site at %1 (UTC), after Byline last sent it. Compare the two versions, then replace the site&apos;s version or cancel this job.</source>
        <translation>Byline이 마지막으로 보낸 뒤 %1(UTC)에 누군가 사이트에서 이 기사를 수정했습니다. 두 버전을 비교한 뒤 사이트 버전을 덮어쓰거나 이 작업을 취소하세요.</translation>
    </message>
    <message>
        <source>%1: the story (post %2) was deleted on the site. Restore it there, or cancel this job.</source>
        <translation>%1: 사이트에서 기사(글 %2)가 삭제되었습니다. 사이트에서 복원하거나 이 작업을 취소하세요.</translation>
    </message>
    <message>
        <source>The site has no category &quot;%1&quot; and this account may not add one; the story went without it.</source>
        <translation>사이트에 &quot;%1&quot; 카테고리가 없고 이 계정으로는 추가할 수 없어, 카테고리 없이 기사를 보냈습니다.</translation>
    </message>
    <message>
        <source>These tags are not on the site and this account may not add them: %1.</source>
        <translation>다음 태그는 사이트에 없고 이 계정으로는 추가할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>%1: the site sent Byline to another address (HTTP %2): %3. Change the target&apos;s address in Settings to the site&apos;s own address.</source>
        <translation>%1: 사이트가 Byline을 다른 주소로 보냈습니다(HTTP %2): %3. 설정에서 게시 대상의 주소를 사이트의 실제 주소로 바꾸십시오.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not trusted (%3). Check the site&apos;s address; if it is right, the site&apos;s administrator must fix its certificate.</source>
        <translation>%1: %2의 인증서를 신뢰할 수 없습니다(%3). 사이트 주소를 확인하십시오. 주소가 맞다면 사이트 관리자가 인증서를 고쳐야 합니다.</translation>
    </message>
    <message>
        <source>%1 does not answer like a WordPress site (no REST API at /wp-json/ or ?rest_route=).</source>
        <translation>%1의 응답이 WordPress 사이트와 다릅니다(/wp-json/에도 ?rest_route=에도 REST API가 없음).</translation>
    </message>
    <message>
        <source>it is not the list that was asked for</source>
        <translation>요청한 목록이 아닙니다</translation>
    </message>
    <message>
        <source>it names the item %1</source>
        <translation>항목 번호가 %1입니다</translation>
    </message>
    <message>
        <source>it is not the story that was asked for</source>
        <translation>요청한 기사가 아닙니다</translation>
    </message>
    <message>
        <source>it is not the story that was sent</source>
        <translation>보낸 기사에 대한 응답이 아닙니다</translation>
    </message>
    <message>
        <source>%1: the answer from %2 is damaged: %3. Nothing was recorded as done; the site&apos;s administrator may need to look at its error log.</source>
        <translation>%1: %2의 응답이 손상되었습니다: %3. 완료로 기록한 것은 없습니다. 사이트 관리자가 오류 로그를 확인해야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the answer from %2 could not be read (%3).</source>
        <translation>%1: %2의 응답을 읽을 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a web address</source>
        <translation>주소 &quot;%1&quot;은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>The story is too large to send its structure with it (more than %1 MB); another Byline will open it from its text.</source>
        <translation>기사가 너무 커서(%1MB 초과) 기사 구조를 함께 보내지 못했습니다. 다른 Byline에서는 본문으로 기사를 엽니다.</translation>
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
    <message>
        <source>Length &amp;target:</source>
        <translation>목표 분량(&amp;T):</translation>
    </message>
    <message>
        <source>Characters with spaces the publication expects for a story; the status bar shows progress towards it.</source>
        <translation>매체가 기사 한 건에 기대하는 분량(공백 포함 글자 수)입니다. 상태 표시줄에 진행 정도가 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;ublication</source>
        <translation>매체(&amp;U)</translation>
    </message>
    <message>
        <source>Masthead &amp;name:</source>
        <translation>제호(&amp;N):</translation>
    </message>
    <message>
        <source>Empty: the outlet in each story&apos;s byline</source>
        <translation>비워 두면 기사 바이라인의 매체명</translation>
    </message>
    <message>
        <source>&amp;Template pack:</source>
        <translation>템플릿 팩(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>Use a template pack from a folder (docs/templates.md)</source>
        <translation>폴더에 있는 템플릿 팩 사용(docs/templates.md 참고)</translation>
    </message>
    <message>
        <source>The preview shows a change at once; stories published from now on use it.</source>
        <translation>바꾼 내용은 미리보기에 바로 표시되고, 이제부터 게시하는 기사에 적용됩니다.</translation>
    </message>
</context>
</TS>
