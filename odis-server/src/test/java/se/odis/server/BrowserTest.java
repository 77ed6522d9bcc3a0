package se.odis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.Labels;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.Verdict;
import se.odis.record.RecordFile;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver), as a coordinator uses
 * it. Skipped, with a message, where they are not installed; a screenshot of every failure is kept
 * in target/screenshots.
 */
@ExtendWith(BrowserTest.Screenshots.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ODIS_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ODIS_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String READY = Labels.of(Verdict.READY_TO_PUBLISH, "sv");

  @TempDir static Path tmp;
  static TestRecord t;
  static final List<WebDriver> drivers = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: Chromium and chromedriver not found at " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver, or set ODIS_CHROMIUM and ODIS_CHROMEDRIVER)");
    t = TestRecord.start(tmp, true);
  }

  @AfterAll
  static void stop() {
    drivers.forEach(WebDriver::quit);
    if (t != null) t.close();
  }

  static WebDriver browser(boolean javascript, int width, int height) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=" + width + "," + height, "--lang=sv");
    if (!javascript) o.addArguments("--blink-settings=scriptEnabled=false");
    // Headless Chromium has no window narrower than 500 pixels: a phone is emulated.
    if (width < 500) o.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
        java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    WebDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    drivers.add(d);
    return d;
  }

  static void signIn(WebDriver d, String token) {
    d.get(t.base() + "/");
    assertThat(d.getCurrentUrl()).contains("/sign-in");
    d.findElement(By.id("token")).sendKeys(token);
    d.findElement(By.cssSelector("form button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !x.getCurrentUrl().contains("/sign-in"));
  }

  static String text(WebDriver d, String id) {
    return d.findElement(By.id(id)).getText().strip();
  }

  /** Waits until a background save has replaced the page's main part. */
  static void awaitSaved(WebDriver d, String before) {
    new WebDriverWait(d, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(x -> {
      List<WebElement> etag = x.findElements(By.cssSelector("input[name=etag]"));
      List<WebElement> alert = x.findElements(By.cssSelector("[role=alert]"));
      return !alert.isEmpty() || (!etag.isEmpty() && !before.equals(etag.get(0).getAttribute("value")));
    });
    assertThat(d.findElements(By.cssSelector("[role=alert]"))).as("an error on the page").isEmpty();
  }

  static String etag(WebDriver d) {
    return d.findElement(By.cssSelector("input[name=etag]")).getAttribute("value");
  }

  @Test
  void anEditor_answersTheFacts_andMarksTheDecisionsDone_untilTheBlockedDatasetIsReady() throws Exception {
    WebDriver d = browser(true, 1280, 1600);
    signIn(d, t.editor);
    d.findElement(By.linkText("Bygglovsansökningar")).click();
    assertThat(text(d, "verdict")).isNotEqualTo(READY);
    ((JavascriptExecutor) d).executeScript("window.odisNoReload = 42;");

    // The facts: the personal data is aggregated, no longer only pseudonymised (what PD-003 asks).
    String before = etag(d);
    WebElement pseudonymised = d.findElement(By.id("fact-personalData-measures-PSEUDONYMISATION"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", pseudonymised);
    assertThat(pseudonymised.isSelected()).isTrue();
    pseudonymised.click();
    d.findElement(By.id("fact-personalData-measures-AGGREGATION")).click();
    d.findElement(By.cssSelector("#facts button[type=submit]")).click();
    awaitSaved(d, before);

    // Each next step done, by the decision-makers, until the verdict is ready to publish.
    List<String> done = new ArrayList<>();
    for (int i = 0; i < 60 && !text(d, "verdict").equals(READY); i++) {
      String task = d.findElement(By.cssSelector("#next-steps li a")).getText().strip();
      assertThat(done).as("a task marked done that is still the next step").doesNotContain(task);
      before = etag(d);
      WebElement status = d.findElement(By.id("status-" + task));
      // The task's stage may be folded, as a person finds it: open it by its summary.
      WebElement stage = status.findElement(By.xpath("ancestor::details"));
      String stageId = stage.getAttribute("id");
      if (stage.getAttribute("open") == null) stage.findElement(By.tagName("summary")).click();
      ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", status);
      new Select(status).selectByValue("DONE");
      WebElement by = d.findElement(By.id("by-" + task));
      by.clear();
      by.sendKeys("Kommunstyrelsen");
      String save = "#task-" + task.replace(".", "\\.") + " button[type=submit]";
      d.findElement(By.cssSelector(save)).click();
      awaitSaved(d, before);
      // The page was replaced, not reloaded: the stage opened stays open, the focus on the button used.
      assertThat(d.findElement(By.id(stageId)).getAttribute("open")).as("stage " + stageId + " still open").isNotNull();
      assertThat(d.switchTo().activeElement()).as("focus after saving " + task).isEqualTo(d.findElement(By.cssSelector(save)));
      done.add(task);
    }
    assertThat(text(d, "verdict")).isEqualTo(READY);
    assertThat(((JavascriptExecutor) d).executeScript("return window.odisNoReload;"))
        .as("saved without reloading the page").isEqualTo(42L);
    shot(d, "ready");

    // The page and the file on disk agree.
    RecordFile file = RecordFile.read(t.dir.resolve("blocked-personal-data.json"));
    Dataset ds = file.dataset();
    Assessment a = TestRecord.assessor().assess(ds, TestRecord.CLOCK.instant().atZone(TestRecord.CLOCK.getZone()).toLocalDate());
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(ds.getPersonalData().getMeasures()).containsExactly(se.odis.model.ProtectiveMeasure.AGGREGATION);
    for (GuideTask task : Guide.odis().getTasks()) {
      String shown = new Select(d.findElement(By.id("status-" + task.getId()))).getFirstSelectedOption().getAttribute("value");
      assertThat(shown).as(task.getId()).isEqualTo(ds.statusOf(task.getId()).name());
    }
    for (String task : done) {
      assertThat(ds.getProgress().get(se.odis.model.TaskId.of(task)).getBy()).isEqualTo("Kommunstyrelsen");
      assertThat(ds.statusOf(task)).isEqualTo(TaskStatus.DONE);
    }
    assertThat(Files.readAllLines(t.dir.resolve(Audit.FILE))).hasSize(done.size() + 1);
  }

  @Test
  void aReader_seesTheDataset_butCannotEdit() {
    WebDriver d = browser(true, 1280, 1200);
    signIn(d, t.reader);
    d.get(t.base() + "/datasets/" + TestRecord.BLOCKED);
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Bygglovsansökningar");
    assertThat(d.findElements(By.cssSelector("form[data-odis-form]"))).isEmpty();
    assertThat(d.findElements(By.tagName("select"))).isEmpty();
    assertThat(d.findElement(By.cssSelector(".who")).getText()).contains("läsare");
    assertNoViolations(d, "dataset (reader)");
  }

  @Test
  void withoutJavaScript_theFormsStillWork() throws Exception {
    WebDriver d = browser(false, 1280, 1200);
    signIn(d, t.editor);
    d.get(t.base() + "/datasets/exempelkommun-parkering-01");
    new Select(d.findElement(By.id("status-C.1.1.1"))).selectByValue("IN_PROGRESS");
    d.findElement(By.id("note-C.1.1.1")).sendKeys("Utan skript");
    d.findElement(By.cssSelector("#task-C\\.1\\.1\\.1 button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("saved=1"));
    assertThat(d.findElement(By.id("status")).getText()).contains("Sparat");
    assertThat(d.findElement(By.id("note-C.1.1.1")).getAttribute("value")).isEqualTo("Utan skript");
    Dataset ds = RecordFile.read(t.dir.resolve("ready-to-publish.json")).dataset();
    assertThat(ds.statusOf("C.1.1.1")).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(ds.getProgress().get(se.odis.model.TaskId.of("C.1.1.1")).getNote()).isEqualTo("Utan skript");
  }

  @Test
  void anEditor_withTheKeyboardAlone_skipsToTheContent_andRecordsATask() throws Exception {
    WebDriver d = browser(true, 1280, 1200);
    signIn(d, t.editor);
    d.get(t.base() + "/datasets/exempelkommun-parkering-01");
    // The first Tab reaches the skip link, shown and outlined when focused; Enter moves to the content.
    new Actions(d).sendKeys(Keys.TAB).perform();
    WebElement skip = d.switchTo().activeElement();
    assertThat(skip.getAttribute("class")).isEqualTo("skip");
    assertThat(skip.getRect().getX()).as("the skip link on the screen when focused").isGreaterThanOrEqualTo(0);
    assertThat(((JavascriptExecutor) d).executeScript("return getComputedStyle(document.activeElement).outlineStyle;"))
        .as("a visible focus").isEqualTo("solid");
    new Actions(d).sendKeys(Keys.ENTER).perform();
    assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

    // A task, by keys: the status by arrow, Tab from field to field, Enter in the note saves the form.
    String before = etag(d);
    WebElement status = d.findElement(By.id("status-C.1.2.1"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", status);
    assertThat(new Select(status).getFirstSelectedOption().getAttribute("value")).isEqualTo("NOT_STARTED");
    new Actions(d).sendKeys(Keys.ARROW_DOWN).perform();
    // Tab through the date (a date field takes a Tab per part: year, month, day) to who did it.
    for (int i = 0; i < 6 && !"by-C.1.2.1".equals(d.switchTo().activeElement().getAttribute("id")); i++) {
      new Actions(d).sendKeys(Keys.TAB).perform();
    }
    assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("by-C.1.2.1");
    new Actions(d).sendKeys("Kommunikationsenheten").sendKeys(Keys.TAB).sendKeys("Med tangentbordet").sendKeys(Keys.ENTER).perform();
    awaitSaved(d, before);
    assertThat(d.switchTo().activeElement().getAttribute("id")).as("the focus stays in the note").isEqualTo("note-C.1.2.1");
    Dataset ds = RecordFile.read(t.dir.resolve("ready-to-publish.json")).dataset();
    TaskProgress p = ds.getProgress().get(se.odis.model.TaskId.of("C.1.2.1"));
    assertThat(p.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(p.getBy()).isEqualTo("Kommunikationsenheten");
    assertThat(p.getNote()).isEqualTo("Med tangentbordet");
  }

  @Test
  void everyPage_passesTheAutomatedAccessibilityCheck() {
    WebDriver d = browser(true, 1280, 1200);
    d.get(t.base() + "/sign-in");
    assertNoViolations(d, "sign-in");
    signIn(d, t.editor);
    assertNoViolations(d, "portfolio");
    d.get(t.base() + "/datasets/" + TestRecord.BLOCKED);
    assertNoViolations(d, "dataset (editor)");
    d.get(t.base() + "/datasets/" + TestRecord.BLOCKED + "?lang=en");
    assertNoViolations(d, "dataset (editor, English)");
    d.get(t.base() + "/datasets/no-such-dataset");
    assertThat(d.findElement(By.cssSelector("[role=alert]")).getText()).contains("no-such-dataset");
    assertNoViolations(d, "error");
  }

  @Test
  void readOnlyService_passesTheAccessibilityCheck_withoutSignIn() throws Exception {
    try (TestRecord ro = TestRecord.start(tmp.resolve("ro"), false)) {
      WebDriver d = browser(true, 1280, 1200);
      d.get(ro.base() + "/");
      assertThat(d.findElement(By.tagName("h1")).getText()).isNotBlank();
      assertNoViolations(d, "portfolio (read-only)");
      d.get(ro.base() + "/datasets/" + TestRecord.BLOCKED);
      assertNoViolations(d, "dataset (read-only)");
    }
  }

  @Test
  void onAPhone_thePageFitsTheScreen() {
    WebDriver d = browser(true, 390, 844);
    signIn(d, t.editor);
    d.get(t.base() + "/datasets/" + TestRecord.BLOCKED);
    shot(d, "phone");
    assertFitsTheScreen(d, "dataset");
    // The gates, one under the other: none of them wider than the screen.
    for (WebElement row : d.findElements(By.cssSelector("#gates tbody tr"))) {
      assertThat(row.getRect().getX() + row.getRect().getWidth()).as("a gate's row").isLessThanOrEqualTo(390);
    }
    ((JavascriptExecutor) d).executeScript("document.getElementById('gates').scrollIntoView();");
    shot(d, "phone-gates");
    assertNoViolations(d, "dataset (phone)");
    d.get(t.base() + "/");
    shot(d, "phone-portfolio");
    assertFitsTheScreen(d, "portfolio");
  }

  static void assertFitsTheScreen(WebDriver d, String page) {
    Object overflow = ((JavascriptExecutor) d).executeScript(
        "return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(((Number) overflow).intValue()).as("horizontal scrolling of the " + page + " page on a phone").isLessThanOrEqualTo(0);
  }

  static void assertNoViolations(WebDriver d, String page) {
    Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(d);
    List<String> found = new ArrayList<>();
    for (Rule v : r.getViolations()) {
      found.add(v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
          + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
    }
    assertThat(found).as("axe-core on the " + page + " page").isEmpty();
  }

  static void shot(WebDriver d, String name) {
    try {
      Files.createDirectories(SHOTS);
      File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
      Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      System.err.println("no screenshot " + name + ": " + e);
    }
  }

  /** A screenshot of each open browser when a test fails. */
  static final class Screenshots implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      for (int i = 0; i < drivers.size(); i++) {
        shot(drivers.get(i), "failed-" + context.getRequiredTestMethod().getName() + "-" + i);
      }
    }
  }
}
