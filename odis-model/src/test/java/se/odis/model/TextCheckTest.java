package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * What is text, and how text from input is printed: C1 controls are not text (a terminal takes
 * U+009B as the start of a command, as it takes ESC [), and {@link TextCheck#printable} leaves
 * nothing a terminal would act on.
 */
class TextCheckTest {
  @Test
  void flawAt_c1Control_isNotText() {
    assertThat(TextCheck.flawAt("a\u009B31mb", 0)).isEqualTo(1);
    assertThat(TextCheck.flawAt("a\u0080b", 0)).isEqualTo(1);
    assertThat(TextCheck.flawAt("a\u009Fb", 0)).isEqualTo(1);
    assertThat(TextCheck.describe('\u009B')).isEqualTo("the control character U+009B");
  }

  @Test
  void flawAt_lettersJustOutsideC1_areText() {
    assertThat(TextCheck.flawAt("~\u00A0åäö\u00FF", 0)).isEqualTo(-1);
  }

  @Test
  void read_textWithC1Control_isRefusedWithItsPlace() {
    InputProblem p = DatasetReaderTest.problemOf("{\"id\": \"x\",\n \"title\": {\"sv\": \"a\\u009b31mb\"}}");

    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getPointer()).isEqualTo("/title/sv");
    assertThat(p.getProblem()).isEqualTo("the text holds the control character U+009B");
  }

  @Test
  void printable_terminalCommands_areShownAsEscapes() {
    assertThat(TextCheck.printable("e\u001B]0;PWNED\u0007.json")).isEqualTo("e\\u001B]0;PWNED\\u0007.json");
    assertThat(TextCheck.printable("a\u009B31mb")).isEqualTo("a\\u009B31mb");
    assertThat(TextCheck.printable("rad 1\nodis: error: forged\r\t")).isEqualTo("rad 1\\u000Aodis: error: forged\\u000D\\u0009");
    assertThat(TextCheck.printable("\u202Egnp.exe")).isEqualTo("\\u202Egnp.exe");
    assertThat(TextCheck.printable("x\uD800y\uDC00")).isEqualTo("x\\uD800y\\uDC00");
  }

  @Test
  void printable_ordinaryText_isKeptAsGiven() {
    String text = "Parkeringsplatser – Östra (\"å\") \\ C:\\data\\ \uD83D\uDE00 \u00A0€";
    assertThat(TextCheck.printable(text)).isSameAs(text);
  }

  @Test
  void inputProblem_oneLineForm_isPrintable_partsAsGiven() {
    InputProblem p = new InputProblem("e\u001B]0;x\u0007.json", 1, 2, "/a\u009Bb", "\"\u001B[2J\" is not allowed", "x\ny");

    assertThat(p.toString()).isEqualTo("e\\u001B]0;x\\u0007.json:1:2: /a\\u009Bb: \"\\u001B[2J\" is not allowed; expected x\\u000Ay");
    assertThat(p.getSource()).isEqualTo("e\u001B]0;x\u0007.json");
  }

  @Property
  void printable_leavesNoControlCharacter_andChangesNothingThatIsText(@ForAll String s) {
    String shown = TextCheck.printable(s);

    assertThat(shown.chars()).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F);
    assertThat(TextCheck.flawAt(shown, 0)).isEqualTo(-1);
    if (s.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) assertThat(shown).isEqualTo(s);
  }
}
