"""A contents table above labelled headers ('1 Godkendelse af dagsorden 3' … '11 Underskriftsark 15', then
'Punkt 1 Sagsnr. 21-014448' / 'Godkendelse af dagsorden' …): the table's rows repeat the headers' numbers and
titles, so they are not counted as items of their own when the labelled and the numbered readings are weighed
(item_starts._contents_of). One numbered line in a decision ('1. Blev taget til efterretning. 2. …') must not
make the contents rows outnumber the headers and hand the page to its contents list, which has no case numbers.
The page is the text layer of a meeting printed that way (benchmarks/parse_accuracy/printed.py 'boxed', a dev
meeting)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 1 af 18
Referat

Beskæftigelses- og Erhvervsudvalget

Mødedato: 22.05.2023

Mødetidspunkt: 08:00

Mødested: Mødelokale 1

Deltagere
Kenneth Jerkel
Liselott Blixt
Torben Hoffmann
Brigitte Klintskov Jerkel
Simon Østergaard
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 2 af 18
Indhold

Punkt Titel Side
1 Godkendelse af dagsorden 3
2 Budgetopfølgning 1 (2023) 4
3 Orientering om årsregnskab 2022 og revisionsberetning 5
4 Voksenlærlingeindsatsen 2022-2023 7
5 Beskæftigelsesministeriets benchmarking af kommunernes
beskæftigelsesindsats for perioden 1. kvartal 2022 - 4. kvartal
2022
8

6 Udviklingen af sygedagpengeforløb efter Coronakrisen 10
7 Lukket punkt. Henvendelser til formanden 11
8 Orientering fra formanden/gensidig orientering 12
9 Huskeliste og orientering fra administrationen 13
10 Beskæftigelses- og Erhvervsudvalget - mødekalender 2024 14
11 Underskriftsark 15
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 3 af 18
Punkt 1 Sagsnr. 21-014448

Godkendelse af dagsorden

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Godkendt.

Resume
Godkendelse af dagsorden for mødet den 22. maj 2023.

Indstilling
Administrationen indstiller, at dagsordenen godkendes.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 4 af 18
Punkt 2 Sagsnr. 23-003096

Budgetopfølgning 1 (2023)

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Sagen blev taget til efterretning.

Resume
I indeværende sag orienteres fagudvalget om indholdet i budgetopfølgning 1 2023
inden for eget udvalgsområde. Budgetopfølgning 1 2023 blev behandlet af Byrådet
den 15. maj 2023.

Indstilling
Administrationen indstiller, at sagen tages til efterretning.

Sagsbeskrivelse
Indeværende sag skal ses i sammenhæng med den samlede budgetopfølgning 1 2023,
som er udarbejdet pr. 28. februar og blev behandlet af Byrådet den 15. maj 2023. Det
korrigerede budget for Beskæftigelses- og Erhvervsudvalget var pr. 28. februar 2023
på 656,2 mio. kr. Afvigelser på udvalgets område gennemgås nedenfor. Områder
under Beskæftigelses- og Erhvervsudvalget Samlet set forventes der et merforbrug på
1,9 mio. kr. inden for udvalgets område. Langt størstedelen ligger uden for servic‐
erammen. Inden for servicerammen Der forventes samlet set et mindreforbrug på 0,7
mio. kr. indenfor servicerammen. Afvigelserne omhandler primært driften af Erhverv‐
scentret som forventer et mindreforbrug på 0,4 mio. kr., forventet ekstra huslejei‐
ndtægter i forbindelse med boligplacering af borgere der er fordrevet fra Ukraine og
forventet merudgifter til lægeerklæringer. Uden for servicerammen Uden for servic‐
erammen ligger overførselsudgifter, sygedagpenge og udgifter til aktivering samt
aktivering af unge. Det er forventningen, at der samlet vil være et merforbrug på 2,6
mio. kr. Med hvilken vægt disse vil indgår i midtvejsreguleringen af budgetgarantien
vides endnu ikke, hvorfor der tages forbehold for resultatet af den del af Økonomi‐
aftalen der forhandles for budget 2024 og hvor resultaterne først foreligger i juni
måned. De store afvigelser på udvalgets område er et forventet merforbrug på 7,7
mio. kr. på sygedagpengeområdet, 6,0 mio. kr. på førtidspensionsordningen (ny og
gammel ordning), et forventet mindreforbrug på 10,0 mio. kr. på forsørgelsesydelse til
kontant- og uddannelseshjælp, dagpenge til forsikrede ledige mv., og forventet
mindreforbrug på 3,9 mio. kr. til selvforsørgelses- og hjemrejseydelse til udlændinge.
Alle afvigelser inden for udvalgets område kan ses i bilag 1.

Økonomiske konsekvenser
Sagen har ingen selvstændig økonomiske konsekvenser, da det bevillingsmæssige er
besluttet i budgetopfølgning 1, som blev behandlet af Byrådet den 15. maj 2023.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 5 af 18
Punkt 3 Sagsnr. 22-010546

Orientering om årsregnskab 2022 og revisionsberetning

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Sagen blev taget til efterretning.

Sagsbeskrivelse
Administrationen har udarbejdet årsregnskab 2022 efter gældende regler fra
Indenrigs- og Sundhedsministeriet. Årsregnskabet er den 1. april 2023 punkt 12,
afgivet af Byrådet til revisionen, efter indstilling fra Økonomiudvalget, til gennemgang
og påtegning. Dette i henhold til den kommunale styrelseslov. Byrådet har den 15. maj
2023 punkt 18, efter indstilling fra Økonomiudvalget, godkendt årsregnskabet og
revisionens beretning. Jævnfør tidsplanen orienteres fagudvalgene efterfølgende.
Revisionsberetning Greve Kommunes revisionsfirma PwC har afsluttet revision af
årsregnskabet for 2022 og udarbejdet en revisionsberetning. Revisionen har ikke givet
anledning til forbehold, og afgiver derfor revisionspåtegning til årsregnskab 2022. Der
er ingen revisionsbemærkninger til regnskab 2022, hvormed det er revisionens
opfattelse, at regnskabet giver et retvisende billede af kommunens finansielle
situation. Revisionen har blandt andet påset, at regnskabet er retvisende uden
væsentlige fejlinformationer. Revisionen har pligt til at afgive revisionsbemærkninger,
såfremt det vurderes, at eksempelvis regnskabet i væsentligt omfang ikke opfylder
kravene i Indenrigs- og Sundhedsministeriets regelsæt, eller der er disponeret i strid
med gældende love og bestemmelser mv. Da der ikke er revisionsbemærkninger til
regnskab 2022, er der ikke udarbejdet besvarelse til revisionsberetningen. Revisionsb‐
eretningen indeholder observationer og anbefalinger på forskellige områder, som
administrationen vil arbejde videre med. Årsregnskab 2022 Greve Kommunes
regnskab for 2022 afspejler et år, hvor kommunen har været ramt af prisstigninger,
kurstab, udgifter til fordrevne fra Ukraine og en voldsom vækst i udgifterne til de
specialiserede socialområder, derudover har kommunen haft store anlægsinv‐
esteringer. Af tabellen på følgende side fremgår hovedtallene fra kommunens
regnskabsopgørelse fra årsregnskab 2022. Tabel 1. Hovedtal. Kolonne a-d indeholder
budget og regnskab for 2022, og kolonne e henviser til det restkorrigerede budget i
2022. Beløb i 1.000 kr. Oprindeligt budget 2022 (a) Tillægsbevillinger og omplac‐
eringer 2022 (b) Korrigeret budget 2022 (c) Forbrug 2022 (d) Restkorr. budget 2022
(e) Skatter m.v. -3.269.247 9.552 -3.259.695 -3.255.275 -4.420 Driftsudgifter netto*
3.154.600 23.615 3.178.215 3.171.885 6.330 Renter 1.366 1.659 3.025 11.661 -8.636
Ordinært driftsresultat* -113.281 34.826 -78.455 -71.729 -6.726 Anlæg ekskl. Køb og
salg 138.400 53.694 196.782 120.486 76.296 Køb og salg -5.100 -9.465 -14.565 -6.450
-8.116 Anlæg i alt 133.300 44.229 182.217 114.036 68.181 Resultat i alt 20.019
79.055 103.761 42.307 61.455 *inkl. forsyningsområdet Kolonne a-d: - = indtægter, +
= udgifter Kolonne e, ”Rest korr. budget” henviser til det tilbageværende budget i
2022, + = resterende budget/ mindreforbrug/merindtægt, - = merforbrug/mindre‐
indtægt Hovedtendenserne i Greve Kommunes samlede regnskab for 2022 er: - Det
samlede resultat viser et underskud på 42,3 mio. kr. mod et korrigeret budgetteret
underskud på 103,8 mio. kr. Området dækker resultatet af kommunens udgifter til
drift og anlæg, renteudgifter og indtægter fra skatter, tilskud, udligning og refusioner.
- Det ordinære driftsresultat inkl. forsyningsområdet udgør et overskud på 71,7 mio.
kr. mod et korrigeret budgetteret overskud på 78,5 mio. kr. Området er ekskl. anlæg. -
Anlægsresultatet viser et forbrug på 114,0 mio. kr. mod et korrigeret budget på 182,2
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 6 af 18
mio. kr. - Der har i 2022 været et træk på kassebeholdningen på 115,9 mio. kr. Dette
skyldes især underskuddet på regnskabet samt et større urealiseret kurstab på 47,4
mio. kr. Kassetrækket finansieres af tidligere års overskud. - Greve Kommune
anvendte i 2022 10,1 mio. kr. mere end den korrigerede serviceramme. Dette svarer
til en overskridelse på 0,4 %. - Greve Kommune har overholdt anlægsrammen med
19,9 mio. kr. Af nedenstående tabel fremgår budget, regnskab og restkorrigeret
budget for driftsudgifter for 2022 fordelt på udvalg. Tabel 2. Budget, regnskab og
restkorrigeret budget for driftsudgifter for 2022 fordelt på udvalg Driftsudgifter Beløb
i mio. kr. Oprindeligt budget 2022(a) Tillægsbevil-linger og omplaceringer 2022 (b)
Korrigeret budget 2022 (c) Forbrug 2022 (d) Restkorr. budget 2022 (e) Økonomi‐
udvalget 396,0 -16,6 379,4 366,4 13,1 Klima-, Teknik- og Miljøudvalget 144,4 2,9
147,2 144,2 3,0 Skole-, Børne- og Ungeudvalget 943,2 14,6 957,8 950,5 7,4 Kultur- og
Fritidsudvalget 68,8 6,2 75,0 74,4 0,7 Sundheds- og Omsorgsudvalget 695,5 13,0
708,5 730,1 -21,5 Social- og Handicapudvalget 222,7 24,6 247,3 241,0 6,3 Plan- og
Tryghedsudvalget 2,3 3,4 5,7 4,7 1,1 Beskæftigelses- og Erhvervsudvalget 681,6 -24,4
657,2 660,8 -3,6 I alt 3.154,6 23,6 3.178,2 3.171,9 6,3 Kolonne a-d: - = indtægter, + =
udgifter Kolonne e, ”Rest korr. budget” henviser til det tilbageværende budget i 2022
hvor + = et resterende budget/ mindreforbrug/merindtægt, - = merforbrug/mindre‐
indtægt Greve Kommunes samlede nettodriftsudgifter udgjorde i 2022 3.171,9 mio.
kr., hvilket er et mindreforbrug på 6,3 mio. kr. i forhold til det korrigerede budget på
3.178,2 mio. kr. Der har været overholdelse af budgettet for 6 udvalg og overskridelse
for 2 udvalg. I 2022 havde Greve Kommune 22 driftsbudgetområder fordelt på de 8
udvalg. Der har i 2022 været overholdelse af budgetterne på 14 budgetområder og
overskridelse på 8 budgetområder.

Økonomiske konsekvenser
Sagen har ingen økonomiske konsekvenser for Greve Kommune.

Kommunikation
Årsregnskab 2022 offentliggøres på kommunens hjemmeside.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 7 af 18
Punkt 4 Sagsnr. 23-005220

Voksenlærlingeindsatsen 2022-2023

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Orienteringen blev taget til efterretning.

Resume
Sagen giver en status på den ekstra fokuserede voksenlærlingeindsats og hvilken
effekt den har haft fra 2022 til 2023. Den fokuserede voksenlærlingeindsats blev
iværksat for at øge antallet af voksne med en erhvervskompetencegivende uddannelse
og for at understøtte virksomhedernes efterspørgsel på kvalificeret arbejdskraft. Med
denne status får udvalget viden om hvorvidt den fokuserede indsats har bidraget til
flere kvalif­icerede voksenlærlingeforløb.

Indstilling
Administrationen indstiller, at orienteringen tages til efterretning.

Sagsbeskrivelse
Det tidligere Integrations-, Beskæftigelses- og Ungdomsudvalg foreslog i 2021, at
udvide og iværksætte en fokuseret indsats på baggrund af den stigende langtids‐
ledighed i forbindelse med Coronakrisen og mangel på arbejdskraft i flere brancher.
Hensigten var at øge fokus på voksenlærlingeordningen for borgere og virksomheder.
Den politiske beslutning kom i forbindelse med budget 2020-22 som et effektiv‐
iserings- og besparelsesforslag. Formålet var at skabe opmærksomhed om
voksenlærlingemuligheden hos virksomhederne og de ledige borgere, for derved at
medvirke til, at afhjælpe virksomhedernes mangel på kvalificeret arbejdskraft og at
understøtte at flere borgere opnår varig tilknytning til arbejdsmarkedet. I 2022 blev
voksenlærlingeindsatsen udvidet med en medarbejderressource i Jobcentret, som
skulle arbejde målrettet med at øge antallet af voksenlærlingeforløb i 2022 og 2023.
Derudover blev der tilkøbt et phonerfirma til en virksomhedskampagne rettet mod
voksenlærlingeindsatsen. Hensigten var, at det tidskrævende arbejde med at kontakte
relevante virksomheder blev tilkøbt og den ekstra medarbejderressource derved
koncentrerede sig om en målrettet indsats på virksomheden for at etablere
voksenlærlingepladser. Voksenlærlingeordningen Voksenlærlingeordningen er et
vigtigt værktøj i Jobcentrets proaktive indsats med at løfte flere i arbejdsstyrken fra
ufaglært til faglært. Ordningen har til formål at få flere i lære og give ufaglærte
personer over 25 år, der allerede har været på arbejdsmarkedet en mulighed for
uddannelse. Som voksenlærling har borgere over 25 år, som ønsker at skifte
arbejdsspor, fortsat en mulighed for at uddanne sig. Borgerne får en løn, der svarer til
fagets mindsteløn og uddannelsen er målrettet arbejdsmarkedet, så der er gode
udsigter for fast arbejde efterfølgende. Mål og effekt af voksenlærlingeindsatsen
Jobcentret havde tidligere en ambition om at opnå 50 voksenlærlingeforløb årligt. Det
forventede resultat af indsatsen var en stigning på 20, det vil sige 70 voksenlærl‐
ingeforløb i årene 2022 og 2023. Den øgede indsats har haft en positiv effekt på
antallet af etablerede voksenlærlingeforløb. En kontinuerlig og fokuseret dialog med
borgere og virksomhederne har resulteret i, at Jobcentret har nået målet i 2022 med
75 voksenlærlingeforløb, hovedsageligt indenfor social- og sundhed, håndværksfag og
kontor. I 2023 er der indtil videre etableret 14 voksenlærlingeforløb. Aktiviteter i den
fokuserede voksenlærlingeindsats Virksomhedskonsulenterne har været proaktiv
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 8 af 18
opsøgende i hele Greve Kommune og de omkringliggende kommuner, for at sikre øget
viden om virksomhedernes behov for arbejdskraft. Virksomhederne blev introduceret
for hvad Virksomhedsservice Greve kan tilbyde virksomhederne, herunder tilskud‐
sordning og generel vejledning om voksenlærlingeordningen. Med udgangspunkt i
specifikke virksomheder og brancher der manglede arbejdskraft, blev der tilrettelagt
infomøder for borgere, som var i målgruppen for ordningen. På møderne fik borgerne
information om ordningen og konkret viden om den specifikke branche. Det gode
match mellem borger og virksomhed, er omdrejningspunktet for samarbejdet med
virksomhederne. Sideløbende med den håndholdte indsats blev voksenlærli‐
ngekampagnen markedsført på Greve Kommunes hjemmeside, LinkedIn og sociale
medier med animationsfilm og flyer. Greve Kommune arrangerede netværksmøde på
tværs af kommuner med henblik på erfarings- og vidensdeling. Ved hjælp af
phonerfirma blev 350 udvalgte virksomheder kontaktet med tilbud om deltagelse i
netværksmøde om mulighederne og fordelene ved at bruge voksenlærlinge. Dansk
Industri blev også inddraget som formidlingskanal til deres virksomhedsnetværk.
Voksenlærlingeindsatsen i den videre drift Administrationen har erfaret, at den
fokuserede indsats har bidraget positivt. F.eks. er flere borgere gået fra ufaglært til
faglært og flere virksomheder har fået kvalificeret arbejdskraft. Bevillingen udløber
med udgangen af 2023, hvorefter administrationen vil fortsætte indsatsen og arbejde
med motivationsdelen blandt borgere, der kan tage en voksenlærlingeplads. Derover
vil administrationen fortsat have kontakt med virksomhederne om voksenlærli‐
ngeordningen.

Lovgrundlag
Lov om aktiv beskæftigelsesindsats.

Økonomiske konsekvenser
Faglærte er i mindre risiko for at blive ramt af ledighed end ufaglærte og der er god
økonomi for kommunen i at få flest mulige a-dagpengemodtagere i voksenlæreforløb.
voksenlæreforløb, har arbejdsgiver ret til en ydelse på 45 kr. i timen, som er helt
finansieret af staten. I 2022 steg antallet af voksenlæreforløb fra 50 til 75 forløb.
Forudsættes det, at en dagpengemodtager i gennemsnit får forkortet sin periode på
dagpenge med 20 uger, ved at starte i et voksenlæreforløb, er besparelsen for Greve
Kommune i dette tilfælde (ved 25 mere der påbegynder et voksenlæreforløb); 25 x
netto 2.943 kr. ugentligt x 20 uger = 1,5 mio. kr. Herfra skal fratrækkes 500.000 kr. til
et ekstra årsværk i 2022 og 200.000 kr. til et phonerfirma. Det samlede nettoprovenu
har herefter samlet været på 800.000 kr. Bevillingen udløber med udgangen af 2023.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 9 af 18
Punkt 5 Sagsnr. 23-005248

Beskæftigelsesministeriets benchmarking af kommunernes
beskæftigelsesindsats for perioden 1. kvartal 2022 - 4. kvartal
2022

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Orienteringen blev taget til efterretning.

Resume
Sagen handler om Beskæftigelsesministeriets halvårlige benchmarking af
kommunernes resultater af beskæftigelsesindsatsen. Benchmarkingen af
kommunernes resultater er relevant for udvalget, da det viser, om Greve Kommune
har flere eller færre borgere som modtager hjælp til forsørgelse end det forventes ud
fra kommunens rammevilkår. En lav placering i rangeringen betyder, at kommunen
har lavere udgifter til forsørgelse, end det kunne forventes. Greve Kommune har i
seneste rangeringsperiode en lav placering som nummer 19, med 80 ydelsesm‐
odtagere færre og dermed færre udgifter end det kunne forventes ud fra kommunens
rammevilkår.

Indstilling
Administrationen indstiller, at orienteringen tages til efterretning.

Sagsbeskrivelse
Den 1. januar 2020 fik kommunerne en vis grad af frihed til at planlægge beskæftigel‐
sesindsatsen, efter ændringer i Lov om Aktiv Beskæftigelsesindsats. Et flertal i
Folketinget besluttede samtidig, at der løbende skal følges op på kommunernes
resultater gennem den såkaldte benchmarking, som offentliggøres af Beskæftigels‐
esministeriet hvert halve år. I benchmarkingen måles kommunerne på, hvor mange
borgere den enkelte kommune har på offentlig forsørgelse, sammenlignet med det
antal der forventes ud fra kommunes rammevilkår. En lav rangering er udtryk for, at
kommunen klarer sig godt og bedre end rammevilkårene tilsiger. En høj rangering er
udtryk for, at kommunen klarer sig dårligere end rammevilkårene tilsiger og kan
komme under skærpet tilsyn. I sidste ende kan det betyde, at kommunen bliver sat
under administration indenfor beskæftigelsesområdet. Den aktuelle benchmark‐
ingrapport Det fremgår af seneste rapport, at Greve Kommune har i alt 80 helårsp‐
ersoner færre på offentlig forsørgelse end forventet efter kommunens rammevilkår, og
har en placering som nummer 19 i denne benchmarkingperiode; Greve Kommune
Benchmark 1. kvartal 2022 til 2. 4vartal 2022 Placering i benchmark Forventet antal
iht. rammevilkår Faktisk Antal Forskel Antal helårspersoner, alle ydelser 19 2.070
2.000 -80 (*) -Heraf A-dagpenge 63 450 460 10 -Heraf sygedagpenge 50 900 900 0 -
Heraf kontanthjælp mv. 13 720 630 -80 (*) De 80 færre helårspersoner matcher ikke
med de underliggende kategorier, der tilsammen giver 70 helårspersoner færre.
Forskellen må skyldes Beskæftigelsesministeriets afrundinger. Resultatet er på niveau
med forrige benchmarking, hvor Greve Kommune også havde 80 helårspersoner færre
på offentlig forsørgelse end forventet, og var placeret som nummer 18. Rangeringen
af alle landets kommuner fremgår af bilag 1. Udviklingen i Greve Kommunes placering
I tabellen sammenholdes Greve Kommunes placering i den aktuelle benchmarking
med placeringen i de fem forudgående: Placering 1. kv.22 - 4. kv.22 3. kv.21 - 2. kv.22
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 10 af 18
1. kv.21 – 4. kv21 3.kv.20 - 2.kv.21 1.kv.20 - 4. kv.20 3. kv.19 -2. kv.20 Alle ydelser 19
18 18 18 20 29 -Heraf A-dagpenge mv. 63 39 55 41 60 64 -Heraf Sygedagpenge mv. 50
52 26 34 26 60 -Heraf Kontanthjælp mv. 13 16 14 18 19 21 I udviklingen fra den
forrige rangering til den aktuelle rangering er Greve Kommune gået fra en bedre
placering som nummer 18 til nummer 19. Greve Kommune har fået en dårligere
forrige opgørelse var Greve Kommune rangeret som nummer 39 og i aktuelle
opgørelsesperiode er Greve Kommune rangeret som nummer 63. Forventningen var at
fastholde rangeringen som nr. 39. Den dårligere rangering skyldes, at der i 2022 har
været et særligt fokus på at reducere antallet af langtidsledige a-dagpengemodtagere.
Dette fokus har medvirket til, at der er sket en halvering fra 172 i januar 2022 til 87
som resten af landet. Langtidsledige a-dagpengemodtagere er ledige, som i mere end
80 % af tiden indenfor 12 måneder har modtaget a-dagpenge. Ved forrige rangering
havde Greve Kommune 10 færre a-dagpengemodtagere end forventet, hvor Greve
Kommune i denne rangering har 10 flere (Bilag 2). Ambitionen er at forbedre
rangeringen i den næste opgørelsesperiode til som nummer 40-50, og have mellem 0-
10 færre a-dagpengemodtagere end forventet ud fra kommunens rammevilkår.
Sygedagpenge På sygedagpenge og jobafklaringsområdet har der været en beskeden
forbedring i rangeringen fra nummer 52 til 50. Forventningen var, at Greve Kommune
i denne opgørelsesperiode ville få en bedre rangering. Det skyldes delvist, at Greve
Kommune i 2022 har haft et stort antal sygedagpengeforløb over 52 uger, som har
været højere end gennemsnittet for hele landet. Der har derfor i 2022 været et ekstra
fokus på sygedagpengeforløb over 52 uger. Dette fokus har betydet, at vi ved
udgangen af 2022, har en lavere stigning i andelen af sygedagpengeforløb over 52
uger end gennemsnittet for hele landet. Antallet af sygedagpengeforløb over 52 uger
er dog ved udgangen af 2022 stadig over niveau end før Coronakrisen. I denne
benchmarking, ligesom ved forrige, er det faktiske antal sygedagpengemodtagere på
0, og er dermed på det forventede antal ud fra kommunens rammevilkår (Bilag 2).
Ambitionen er at forbedre rangeringen som nummer 25-30 i næste opgørelsesperiode,
og have 10-20 færre sygedagpengemodtagere end det forventede ud fra kommunens
rammevilkår. Kontanthjælp For kontanthjælp (omfatter kontant- og uddannelseshjælp,
hjemmelsendelses- og overgangsydelse, revalidering, ressourceforløb- og ledighe‐
dsydelse) er der sket en fremgang i rangeringen fra nummer 16 til 13. I den aktuelle
rangering har Greve Kommune 80 helårspersoner færre på kontanthjælpsydelser end
forventet, i forhold til vores rammevilkår. I den forrige opgørelsesperiode havde Greve
Kommune 70 helårspersoner færre (Bilag 2). Ambitionen er at fastholde det lave antal
af helårsmodtagere af kontanthjælpsydelser. Udviklingen i forventet og faktisk antal
helårspersoner på alle ydelseskategorier fra de fem forudgående målinger frem til den
aktuelle måling, fremgår af vedlagte bilag 2.

Lovgrundlag
Lov om Styring af Aktiv Beskæftigelsesindsats Lov om Aktiv Beskæftigelsesindsats
Lov om Aktiv Socialpolitik Lov om Arbejdsløshedsforsikring Lov om Sygedagpenge og
Barsel mv.

Økonomiske konsekvenser
Orienteringen har ingen umiddelbare økonomiske konsekvenser. For budget 2023–
2026 er indregnet, at Greve Kommune har færre ydelsesmodtagere end rammevi‐
lkårene tilsiger.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 11 af 18
Tidsplan
Det forventes at Beskæftigelsesministeriet i september/oktober 2023 vil offentliggøre
en ny rangering for 3. kvartal 2022 – 2. kvartal 2023. Denne rangering vil blive
forelagt Beskæftigelses- og Erhvervsudvalget umiddelbart herefter.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 12 af 18
Punkt 6 Sagsnr. 23-005249

Udviklingen af sygedagpengeforløb efter Coronakrisen

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
1. Blev taget til efterretning. 2. Udvalget ønsker ikke, at der udarbejdes et
udvidelsesforslag, men at området følges tæt.

Resume
Sagen handler om udviklingen i antallet af sygedagpengemodtagere i perioden januar
2020 til januar 2023. Sagen er relevant fordi der er sket en stor stigning i antallet af
sygedagpengemodtagere og langtidssygemeldte under og efter Coronakrisen. Denne
udvikling har stor betydning for kommunens udgifter på sygedagpengeområdet.

Indstilling
Administrationen indstiller, - at den fokuserede indsats overfor langtidssygemeldte
ophører ved udgangen af 2023 - at Beskæftigelses- og Erhvervsudvalget træffer
beslutning om, at der skal udarbejdes et udvidelsesforslag på et årsværk i 2024 for at
imødegå den store stigning i antallet af sygedagpengemodtagere.

Sagsbeskrivelse
Coronakrisen har haft og har stadig en stor betydning for antallet af sygedagpen‐
gemodtagere og sygemeldte med forløb på mere end 52 uger. Antallet af sygedagpen‐
gemodtagere og langvarige forløb over 52 uger er fortsat på et højt niveau,
sammenlignet med antallet før Coronakrisen. Et andet forhold der også gør sig
gældende i forhold til den store stigning i antallet af sygedagpengemodtagere efter
Coronakrisen, er den høje beskæftigelse og lave arbejdsløshed. Ved en stigning af
beskæftigede vil der potentielt være flere, som ved sygdom opfylder betingelserne for
at få udbetalt sygedagpenge. Alle sygedagpengeforløb og forløb over 52 uger, januar
2020 til januar 2023 Det fremgår af tabellen, at der i januar 2020 var 631 modtagere
af sygedagpenge i Greve Kommune, hvor der i januar 2023 var 752. Dette svarer til en
stigning på 19,2 %. Det er lidt mere end stigningen for hele landet, som var på 17,6 %.
Stigningen fra januar 2020 sammenlignet med januar 2023 skyldes både en stigning i
antallet sygemeldte og en stigning i antallet af sygedagpengeforløb over 52 uger.
Udviklingen i sygedagpengeforløb i forhold til den forrige måling oktober 2019 til
oktober 2022 Beskæftigelses- og Erhvervsudvalget blev på møde den 6. februar 2023
orienteret om udviklingen i sygedagpengeforløb fra oktober 2019 til oktober 2022
(sag 4). I forhold til den forrige måling er der sket store ændringer i perioden januar
2020 (umiddelbart før Coronakrisen) og januar 2023. I den nuværende opgørels‐
esperiode som er januar 2020 til januar 2023, udgør stigningen for alle sygedagpe‐
landet. Udover eftervirkningerne af Coronakrisen, skyldes denne stigning især den
høje beskæftigelse og lave ledighed, som forårsager at flere potentielt opfylder beting‐
elserne for sygedagpenge ved sygdom. Omvendt er der i den nuværende opgørels‐
esperiode sket et fald i antallet og andelen af sygedagpengeforløb over 52 uger. Ved
forrige opgørelsesperiode var stigningen fra oktober 2019 til oktober 2022 på 57,1 %.
Stigningen i nuværende opgørelsesperiode er reduceret til 11,5 %. Dette er langt
mere end gennemsnittet for hele landet. Fra oktober 2019 til oktober 2022 havde hele
landet en stigning på 37,9 %, hvor den for denne opgørelsesperiode er på 30,3 %. Den
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 13 af 18
fokuserede indsats på området, ved blandt andet Byrådets bevilling af et ekstra
årsværk til indsatsen for forløb over 52 uger i 2022 og 2023, har således haft en effekt
i forhold til at modgå den store stigning i sygedagpengeforløb over 52 uger. I januar
2021 var der 139 forløb, dette er reduceret til 96 i januar 2023, og ikke langt fra
niveauet i januar 2020 hvor der var 85 (umiddelbar før Coronakrisen). Til trods for
dette er sygedagpengeområdet fortsat udfordret af især den store stigning i antallet
af ny-sygemeldte, hvor der er sket en stigning i sygedagpengeforløb på 19,2 % for
januar 2020 til januar 2023. Udviklingen i sygedagpengeforløb oktober 2019 til
oktober 2022; Udviklingen af sygedagpengeforløb januar 2020 – januar 2023;

Lovgrundlag
Lov om Sygedagpenge m.v.

Økonomiske konsekvenser
Den fokuserede indsats for at nedbringe de langvarige sygedagpengeforløb over 52
uger, blandt andet med Byrådets bevilling af et ekstra årsværk til indsatsen i 2022 og
2023, ser ud til at lykkedes. Det er forventningen, at ved udgangen af 2023 vil antallet
af forløb over 52 uger være på niveau med før Coronakrisen, hvorfor det ikke er
nødvendigt med en ekstra fokuseret indsats for de langvarige sygedagpengeforløb.
Det er dog bekymrende, at der er sket en stor stigning i antallet af nysygemeldte i
såvel Greve som i hele landet, og dette vil derfor fortsat sætte sygedagpengeområdet
under pres. Fra januar 2020 til januar 2023 er antallet af sygedagpengemodtagere
steget fra 631 til 752. En stigning på 121 svarende til en stigning på 19,2 %. Der vil
være risiko for, at hvis ikke der nu ændres til et særligt fokus på at håndterer den
store stigning i nysygemeldte, vil dette på sigt medfører en ny stigning i de langtidss‐
ygemeldte borgere. Den store stigning i antallet af sygedagpengeforløb i 2022 og som
fortsætter i 2023, har betydning for det fastsatte budget for området. I det oprindelige
budget på området var der i 2022 en merudgift på 17.8 mio. kr., og der forventes også
i 2023 at være merudgifter på området. Dette vil indgå i budgetopfølgning 2. pr. 31.
juli 2023. Der er en forventning om at kommunerne ved midtvejsregulering for 2023
kompenseres for de stigende sygedagpengeudgifter, da stigning i udgifterne er
landsdækkende.

Tidsplan
I august 2023 vil Beskæftigelses- og Erhvervsudvalget få forelagt en opdateret status
over udviklingen i antallet af sygedagpengemodtagere, herunder sygedagpengeforløb
på mere end 52 uger.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023
Side 14 af 18
Punkt 7 Sagsnr. 21-016102
Lukket punkt. Henvendelser til formanden
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 15 af 18
Punkt 8 Sagsnr. 21-013722

Orientering fra formanden/gensidig orientering

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Der var ingen orienteringer.

Resume
Udvalgsformanden og udvalgets medlemmer orienterer om eventuelle aktuelle emner.

Indstilling
Administrationen indstiller, at eventuelle orienteringer tages til efterretning.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 16 af 18
Punkt 9 Sagsnr. 21-013719

Huskeliste og orientering fra administrationen

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Orienteringerne blev taget til efterretning med bemærkninger til virksomhe‐
dsbesøgene den 25. september 2023.

Resume
I sagen gives et kort overblik over administrationens orienteringspunkter, og hvis der
er emner på udvalgets huskeliste, vil den blive vedlagt som bilag.

Indstilling
Administrationen indstiller, at eventuelle orienteringer tages til efterretning.

Sagsbeskrivelse
Administrationen har følgende til orientering: - Dialog med Erhvervscentrets
bestyrelse om ErhvervsCentrets handleplan på udvalgsmødet i august. - Orientering
om forslag til Beskæftigelses- og Erhvervsudvalgets virksomhedsbesøg den 25.
september 2023.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 17 af 18
Punkt 10 Sagsnr. 21-013723

Beskæftigelses- og Erhvervsudvalget - mødekalender 2024

Beslutning i Beskæftigelses- og Erhvervsudvalget den 22. maj 2023
Orienteringen blev taget til efterretning.

Resume
I sagen gives et overblik over Beskæftigelses- og Erhvervsudvalgets udvalgsmøder og
møder i tilknytning til udvalget.

Indstilling
Administrationen indstiller, at orienteringen tages til efterretning.

Sagsbeskrivelse
Mødekalenderen er vedhæftet som bilag.
\f
Greve Kommune · Beskæftigelses- og Erhvervsudvalget · 22.05.2023

Side 18 af 18
Punkt 11 Sagsnr. 21-012521

Underskriftsark

Resume
Elektronisk underskriftsark.
"""


def test_contents_rows_do_not_outnumber_the_labelled_headers(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [it["number"] for it in items] == [str(n) for n in range(1, 12)]
    assert [it["case_numbers"] for it in items] == [
        ["21-014448"], ["23-003096"], ["22-010546"], ["23-005220"], ["23-005248"], ["23-005249"], ["21-016102"],
        ["21-013722"], ["21-013719"], ["21-013723"], ["21-012521"]]
    assert items[0]["title"] == "Godkendelse af dagsorden" and items[6]["public"] is False
