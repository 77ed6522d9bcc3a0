package se.odis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportExampleTest {
  @Test
  void write_givesTheJsonContractAndAnHtmlPortfolio() throws Exception {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ByteArrayOutputStream html = new ByteArrayOutputStream();

    ReportExample.write(List.of(Path.of("datasets", "blocked-personal-data.json"), Path.of("datasets", "ready-to-publish.json")),
        LocalDate.of(2026, 11, 26), json, html);

    assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"format\": \"odis-assessment/1\"", "\"verdict\": \"BLOCKED\"");
    assertThat(html.toString(StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("Content-Security-Policy", "exempelkommun-bygglov-02", "READY TO PUBLISH");
  }
}
