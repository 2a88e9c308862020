package io.smsdocs.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateDuplicationTest {

    @Test
    void countsDirectiveLinesBothVariantsShareAsOftenAsBothHaveThem() {
        String base = "<#if a>\nThe text.\n</#if>\n<#if a>\n  <#list xs as x>\n</#list>\n</#if>\n<@sms.section title=\"Purpose\"/>\n";
        String variant = "<#if a>\nDer Text.\n</#if>\n<#list xs as x>\n</#list>\n<@sms.section title=\"Zweck\"/>\n<#if b>\n</#if>\n";

        // <#if a> once (the variant has it once), </#if> twice, <#list xs as x> and </#list> once; prose and the
        // translated section title are not shared, nor <#if b>.
        assertThat(TemplateDuplication.shared(base, variant)).isEqualTo(5);
    }

    @Test
    void proseAndInterpolationsAreNotDirectives() {
        assertThat(TemplateDuplication.directives("Text ${x}\n<#-- note -->\n| ${a} | b |\n  <@sms.link \"x\"/>\n"))
                .containsExactly("<#-- note -->", "<@sms.link \"x\"/>");
    }
}
