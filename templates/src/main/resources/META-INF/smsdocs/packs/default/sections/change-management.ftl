<#-- Change management: initiation, activities, emergency changes. 2018 8.5.1; 2011 9.2. -->
<#-- Its words are in change-management.text.ftl and its language variants. -->
<#import "/sections/change-management.text.ftl" as changeManagementText>
<@sms.section title=changeManagementText.title() clauses=["8.5.1"] key="change-management"/>

${changeManagementText.intro()}

<@sms.section title=changeManagementText.initiationTitle() clauses=["8.5.1.2"] level=3 key="change-initiation"/>

${changeManagementText.initiation()}

<@sms.section title=changeManagementText.activitiesTitle() clauses=["8.5.1.3"] level=3 key="change-activities"/>

${changeManagementText.activities()}

<#include "/sections/change-risk-ratings.ftl">

${changeManagementText.trends()}

<@sms.sectorPoints "change"/>
### ${changeManagementText.emergencyTitle()}

${changeManagementText.emergency()}

