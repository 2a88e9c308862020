<#-- The release types with their frequency, and the release window of each service: the core of the
     release policy (2018 8.5.3; 2011 9.3). Its words are in release-types.text.ftl and its language variants. -->
<#import "/sections/release-types.text.ftl" as releaseTypesText>
${releaseTypesText.typesTable()}

<#if releaseWindows?has_content>
${releaseTypesText.windowsHeader()}
<#list releaseWindows as w>
| ${w.service} | ${sms.word(w.criticality)} | ${w.window} |
</#list>
</#if>
<#-- The English text leaves a blank line after the tables, the German one does not (drift kept for
     identical output): the catalogues say which with blankLineAfter. -->
<#if releaseTypesText.blankLineAfter()?has_content>

</#if>
