<#-- The default capacity thresholds and the action at each (2018 8.4.3; 2011 6.5). -->
<#-- Its words are in capacity-thresholds.text.ftl and its language variants. -->
<#import "/sections/capacity-thresholds.text.ftl" as capacityThresholdsText>
${capacityThresholdsText.table()}
<#if capacityThresholdsText.blankLineAfter()?has_content>

</#if>
