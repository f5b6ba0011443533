<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>WatchLabels</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveExtractStage</name>
    <message numerus="yes">
        <source>%1 is not opened: it was extracted from %n nested archive(s), and max_nesting = %2 stops at archives found inside that many others</source>
        <translation>
            <numerusform>%1 is not opened: it was extracted from %n nested archive, and max_nesting = %2 stops at archives found inside that many others</numerusform>
            <numerusform>%1 is not opened: it was extracted from %n nested archives, and max_nesting = %2 stops at archives found inside that many others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not extracted: %1</source>
        <translation>
            <numerusform>%n member not extracted: %1</numerusform>
            <numerusform>%n members not extracted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::BatchPanel</name>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed — double-click one to see its result:</source>
        <translation>
            <numerusform>%n file failed — double-click one to see its result:</numerusform>
            <numerusform>%n files failed — double-click one to see its result:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::DryRunDialog</name>
    <message numerus="yes">
        <source>%n file(s) planned, no stage run.</source>
        <translation>
            <numerusform>%n file planned, no stage run.</numerusform>
            <numerusform>%n files planned, no stage run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::EventLogPane</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln event shown</numerusform>
            <numerusform>%1 of %Ln events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log keeps the newest %1; %Ln older event(s) were dropped</source>
        <translation>
            <numerusform>the log keeps the newest %1; %Ln older event was dropped</numerusform>
            <numerusform>the log keeps the newest %1; %Ln older events were dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ImageBatchTab</name>
    <message numerus="yes">
        <source>%n image(s) from %1: %2 blurry, %3 duplicate(s)</source>
        <translation>
            <numerusform>%n image from %1: %2 blurry, %3 duplicate(s)</numerusform>
            <numerusform>%n images from %1: %2 blurry, %3 duplicate(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::PipelineDocument</name>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::PipelineEditorWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>Copied %n node</numerusform>
            <numerusform>Copied %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pipeline has %n problem(s); fix them first</source>
        <translation>
            <numerusform>the pipeline has %n problem; fix them first</numerusform>
            <numerusform>the pipeline has %n problems; fix them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ProcessingService</name>
    <message numerus="yes">
        <source>%n job(s) of other runs (another pipeline or result folder) were interrupted; running that pipeline on the same result folder again resumes them</source>
        <translation>
            <numerusform>%n job of another run (another pipeline or result folder) was interrupted; running that pipeline on the same result folder again resumes it</numerusform>
            <numerusform>%n jobs of other runs (another pipeline or result folder) were interrupted; running that pipeline on the same result folder again resumes them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old finished job(s) from the state store</source>
        <translation>
            <numerusform>Removed %n old finished job from the state store</numerusform>
            <numerusform>Removed %n old finished jobs from the state store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch folder &apos;%1&apos; resumed; %n held file(s) queued</source>
        <translation>
            <numerusform>Watch folder &apos;%1&apos; resumed; %n held file queued</numerusform>
            <numerusform>Watch folder &apos;%1&apos; resumed; %n held files queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: changes since Sluice last ran: created %2, modified %3, deleted %4. %n unchanged file(s) not processed again.</source>
        <translation>
            <numerusform>%1: changes since Sluice last ran: created %2, modified %3, deleted %4. %n unchanged file not processed again.</numerusform>
            <numerusform>%1: changes since Sluice last ran: created %2, modified %3, deleted %4. %n unchanged files not processed again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::Runner</name>
    <message numerus="yes">
        <source>Resuming %n job(s) interrupted when Sluice last stopped</source>
        <translation>
            <numerusform>Resuming %n job interrupted when Sluice last stopped</numerusform>
            <numerusform>Resuming %n jobs interrupted when Sluice last stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK with %n warning(s) in %1 ms: %2</source>
        <translation>
            <numerusform>OK with %n warning in %1 ms: %2</numerusform>
            <numerusform>OK with %n warnings in %1 ms: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n produced file(s) not processed: nesting depth %1 is over the limit of %2</source>
        <translation>
            <numerusform>%n produced file not processed: nesting depth %1 is over the limit of %2</numerusform>
            <numerusform>%n produced files not processed: nesting depth %1 is over the limit of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::TryRun</name>
    <message numerus="yes">
        <source>the pipeline has %n problem(s); fix them first (see Problems)</source>
        <translation>
            <numerusform>the pipeline has %n problem; fix them first (see Problems)</numerusform>
            <numerusform>the pipeline has %n problems; fix them first (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ValidationPanel</name>
    <message numerus="yes">
        <source>%n problem(s): the pipeline cannot run until they are fixed.</source>
        <translation>
            <numerusform>%n problem: the pipeline cannot run until they are fixed.</numerusform>
            <numerusform>%n problems: the pipeline cannot run until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderDelegate</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
