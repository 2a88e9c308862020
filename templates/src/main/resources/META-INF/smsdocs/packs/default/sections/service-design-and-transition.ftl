<#-- Planning, design, build and transition of new or changed services. 2018 8.5.2; 2011 5. Its words are in
     service-design-and-transition.text.ftl and its language variants. -->
<#import "/sections/service-design-and-transition.text.ftl" as serviceDesignText>
<@sms.section title=serviceDesignText.title() clauses=["8.5.2"] key="service-design-and-transition"/>

${serviceDesignText.intro()}

<@sms.section title=serviceDesignText.planningTitle() clauses=["8.5.2.1"] level=3 key="planning-new-or-changed-services"/>

${serviceDesignText.planning()}

${serviceDesignText.removalAndTransfer()}

<@sms.section title=serviceDesignText.designTitle() clauses=["8.5.2.2"] level=3 key="design"/>

${serviceDesignText.design()}

<@sms.section title=serviceDesignText.buildTitle() clauses=["8.5.2.3"] level=3 key="build-and-transition"/>

${serviceDesignText.build()}

${serviceDesignText.acceptanceCriteria()}

