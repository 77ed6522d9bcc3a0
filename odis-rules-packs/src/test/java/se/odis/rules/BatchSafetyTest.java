package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * ODIS assesses many datasets in one session of its own rules. That is only sound while no rule
 * can match two datasets' facts together: every built-in rule must match exactly one fact from
 * working memory, and anything else it looks at must come {@code from} that fact.
 */
class BatchSafetyTest {
  @Test
  void builtInRules_eachMatchOneFactFromWorkingMemory() {
    List<String> unsafe = new ArrayList<>();
    int rules = 0;
    for (KiePackage p : SharedAssessor.ASSESSOR.builtInKieBase().getKiePackages()) {
      for (Rule r : p.getRules()) {
        rules++;
        int fromMemory = countWorkingMemoryPatterns(((RuleImpl) r).getLhs());
        if (fromMemory != 1) unsafe.add(r.getName() + " matches " + fromMemory + " facts from working memory");
      }
    }
    assertThat(rules).isEqualTo(SharedAssessor.ASSESSOR.getRules().size());
    assertThat(unsafe).isEmpty();
  }

  @Test
  void packRuleJoiningTwoFacts_isCountedAsTwo_andStillSeesOneDatasetAtATime(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("join.drl"), "package se.kommun.rules;\n"
        + "import se.odis.model.Dataset;\nimport se.odis.rules.TaskState;\n"
        + "global se.odis.rules.FindingSink findings;\n"
        + "// A rule joining the dataset with a task, as municipalities write them.\n"
        + "rule \"Ingen specifikation\"\n"
        + "  @id(\"MUN-010\") @severity(\"WARNING\") @step(\"A.1.2.2\")\n"
        + "  @title_sv(\"t\") @title_en(\"t\") @message_sv(\"x\") @message_en(\"x\") @remedy_sv(\"y\") @remedy_en(\"y\")\n"
        + "when\n  Dataset(conformsTo == null)\n  TaskState(taskId == \"C.3.1.1\", !done)\n"
        + "then\n  findings.emit(drools, \"/conformsTo\");\nend\n", StandardCharsets.UTF_8);
    Assessor assessor = Assessor.builder().rulePack(dir).build();
    Rule join = assessor.extensionKieBases().get(0).getRule("se.kommun.rules", "Ingen specifikation");
    assertThat(countWorkingMemoryPatterns(((RuleImpl) join).getLhs())).isEqualTo(2);

    Dataset without = Datasets.readyToPublish().conformsTo(null).build();
    Dataset with = Datasets.readyToPublish().build();
    assertThat(with.getConformsTo()).isNotNull();
    List<Assessment> both = assessor.assessAll(List.of(without, with, without), Datasets.AS_OF);
    assertThat(both).extracting(a -> a.getFindings().stream().filter(f -> f.getRuleId().equals("MUN-010")).count())
        .containsExactly(1L, 0L, 1L);
  }

  private static int countWorkingMemoryPatterns(RuleConditionElement e) {
    if (e instanceof Pattern) {
      Pattern p = (Pattern) e;
      return p.getSource() == null || p.getSource() instanceof org.drools.base.rule.EntryPointId ? 1 : 0;
    }
    int n = 0;
    if (e instanceof GroupElement) {
      for (RuleConditionElement child : ((GroupElement) e).getChildren()) n += countWorkingMemoryPatterns(child);
    } else {
      // not, exists, accumulate, from… : anything nested that reads working memory counts too.
      for (RuleConditionElement child : e.getNestedElements()) n += countWorkingMemoryPatterns(child);
    }
    return n;
  }
}
