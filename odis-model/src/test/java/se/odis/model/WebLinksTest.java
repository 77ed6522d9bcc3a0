package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links people follow are web addresses: a landing page, an access URL or a distribution's
 * documentation is http(s), a download may also be ftp; a {@code javascript:} or {@code file:}
 * link, or a relative one, is refused by the reader with its place.
 */
class WebLinksTest {
  private static final String PAGE = "an absolute http or https URL, e.g. \"https://example.se/data\"";
  private static final String DOWNLOAD = "an absolute http, https or ftp URL, e.g. \"https://example.se/data.csv\"";

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=",
      "ftp://ftp.example.se/data", "mailto:a@b.se", "urn:uuid:123", "relative/page.html", "https:///no-host", "https:no-host"})
  void landingPage_notAWebPage_isRefusedAtItsPlace(String link) {
    InputProblem p = DatasetReaderTest.problemOf("{\"id\": \"x\",\n  \"landingPage\": \"" + link + "\"}");

    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getColumn()).isEqualTo(18);
    assertThat(p.getPointer()).isEqualTo("/landingPage");
    assertThat(p.getProblem()).startsWith("\"" + link + "\" is not an http or https address");
    assertThat(p.getExpected()).isEqualTo(PAGE);
  }

  @Test
  void distributionLinks_notWebLinks_areRefusedWithTheirPointers() {
    InputProblem access = DatasetReaderTest.problemOf(
        "{\"id\": \"x\", \"distributions\": [{\"accessUrl\": \"https://x.se/a\"}, {\"accessUrl\": \"javascript:alert(1)\"}]}");
    InputProblem download = DatasetReaderTest.problemOf(
        "{\"id\": \"x\", \"distributions\": [{\"downloadUrl\": \"file:///home/anna/data.csv\"}]}");
    InputProblem documentation = DatasetReaderTest.problemOf(
        "{\"id\": \"x\", \"distributions\": [{\"documentation\": \"docs/api.html\"}]}");

    assertThat(access.toString()).isEqualTo("dataset.json:1:78: /distributions/1/accessUrl: \"javascript:alert(1)\""
        + " is not an http or https address; expected " + PAGE);
    assertThat(download.toString()).isEqualTo("dataset.json:1:47: /distributions/0/downloadUrl:"
        + " \"file:///home/anna/data.csv\" is not an http, https or ftp address; expected " + DOWNLOAD);
    assertThat(documentation.getPointer()).isEqualTo("/distributions/0/documentation");
    assertThat(documentation.getProblem()).isEqualTo("\"docs/api.html\" is not an http or https address (it is relative)");
  }

  @Test
  void webLinks_ftpDownloadAndUpperCaseSchemes_areRead() throws InvalidInputException {
    Dataset d = DatasetReader.strict().read("{\"id\": \"x\", \"landingPage\": \"HTTPS://Example.se/om\","
        + " \"distributions\": [{\"accessUrl\": \"http://x.se/a?b=1#c\", \"downloadUrl\": \"ftp://ftp.x.se/d.csv\","
        + " \"documentation\": \"https://x.se/api\"}]}", "ok.json");

    assertThat(d.getLandingPage()).isEqualTo(URI.create("HTTPS://Example.se/om"));
    assertThat(d.getDistributions().get(0).getDownloadUrl()).isEqualTo(URI.create("ftp://ftp.x.se/d.csv"));
  }

  @ParameterizedTest
  @CsvSource({"https://x.se,true,true", "ftp://x.se/f,false,true", "javascript:x,false,false", "x.html,false,false",
      "file:/x,false,false", "http:///x,false,false"})
  void isPageAndIsDownload(String link, boolean page, boolean download) {
    assertThat(WebLinks.isPage(URI.create(link))).isEqualTo(page);
    assertThat(WebLinks.isDownload(URI.create(link))).isEqualTo(download);
  }
}
