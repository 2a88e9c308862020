<#-- Configuration management. 2018 8.2.6; 2011 9.1. Its words are in configuration-management.text.ftl and its
     language variants. -->
<#import "/sections/configuration-management.text.ftl" as configurationManagementText>
<@sms.section title=configurationManagementText.title() clauses=["8.2.6"] key="configuration-management"/>

${configurationManagementText.intro()}

### ${configurationManagementText.ciTypesTitle()}

${configurationManagementText.ciTypes()}

### ${configurationManagementText.recordedTitle()}

${configurationManagementText.recorded()}

### ${configurationManagementText.controlTitle()}

${configurationManagementText.control(sms.andList(services?filter(s -> (s.criticality!"medium") == "high")?map(s -> s.name)))}

${configurationManagementText.writeAccess()}
<@sms.sectorPoints "configuration"/>
