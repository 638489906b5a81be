import type { AdviceKey, NotRecommendedTreatment } from '../advice';
import type { Country, Language, LocalizedText } from '../language';

/** The two advice whose text depends on the case (adviceText builds them). */
export type CaseDependentAdviceKey = 'painReliefToKeepMoving' | 'notRecommendedTreatments';

/** Advice for the worker (consultation record and leaflet), in plain language. */
export const ADVICE_TEXTS: Record<Exclude<AdviceKey, CaseDependentAdviceKey>, LocalizedText> = {
  followReferral: {
    nl: 'Uw arts wil uw rug verder laten onderzoeken. Ga naar de afspraak zoals afgesproken. Krijgt u nieuwe klachten of wordt het erger, neem dan meteen contact op met een arts.',
    fr: 'Votre médecin souhaite faire examiner votre dos plus en détail. Rendez-vous au rendez-vous prévu. Si de nouvelles plaintes apparaissent ou si cela s’aggrave, contactez tout de suite un médecin.',
    en: 'Your doctor wants your back examined further. Go to the appointment as agreed. If you get new complaints or it gets worse, contact a doctor straight away.',
  },
  stayActive: {
    nl: 'Blijf in beweging en doe zo veel mogelijk uw gewone dingen. Bewegen mag pijn doen: het maakt uw rug niet kapot. Zo herstelt u sneller.',
    fr: 'Restez actif et poursuivez autant que possible vos activités habituelles. Bouger peut faire mal, mais n’abîme pas votre dos. C’est ainsi que vous récupérez le plus vite.',
    en: 'Keep moving and carry on with your normal activities as much as you can. Moving may hurt, but it does not damage your back. It helps you recover faster.',
  },
  keepWorking: {
    nl: 'Blijf werken als dat kan, zo nodig een tijdje met aangepast werk. Hoe langer u thuisblijft, hoe moeilijker het wordt om weer aan het werk te gaan.',
    fr: 'Continuez à travailler si c’est possible, au besoin pendant un temps avec des tâches adaptées. Plus l’arrêt dure, plus la reprise du travail devient difficile.',
    en: 'Keep working if you can, with adapted tasks for a while if needed. The longer you stay at home, the harder it gets to go back to work.',
  },
  noBedRest: {
    nl: 'Blijf niet in bed liggen. Is de pijn heel erg, ga dan hooguit twee dagen wat vaker liggen en sta tussendoor regelmatig op om te bewegen.',
    fr: 'Ne restez pas au lit. Si la douleur est très forte, allongez-vous un peu plus souvent pendant deux jours au maximum, et levez-vous régulièrement pour bouger.',
    en: 'Do not stay in bed. If the pain is very bad, you may lie down more often for two days at most, and get up regularly to move.',
  },
  noImagingWithoutRedFlags: {
    nl: 'Een foto of scan (röntgenfoto, CT, MRI) is niet nodig. Bij gewone rugpijn laat die niet zien waar de pijn vandaan komt, en u wordt er niet sneller beter van.',
    fr: 'Une radiographie ou un examen d’imagerie (scanner, IRM) n’est pas nécessaire. Pour un mal de dos ordinaire, ces examens ne montrent pas d’où vient la douleur et ne font pas guérir plus vite.',
    en: 'You do not need an X-ray or a scan (CT, MRI). For ordinary back pain it does not show where the pain comes from, and it does not help you get better sooner.',
  },
  heat: {
    nl: 'Warmte, zoals een warme douche of een warmtekussen, kan de pijn verzachten.',
    fr: 'La chaleur, par exemple une douche chaude ou une bouillotte, peut soulager la douleur.',
    en: 'Warmth, such as a hot shower or a heat pad, can ease the pain.',
  },
  exerciseTherapy: {
    nl: 'Oefentherapie bij een fysiotherapeut of oefentherapeut helpt als de pijn blijft of vaak terugkomt. U leert oefeningen die u daarna zelf doet.',
    nlBE: 'Oefentherapie bij een kinesitherapeut helpt als de pijn blijft of vaak terugkomt. U leert oefeningen die u daarna zelf doet.',
    fr: 'Des exercices encadrés par un kinésithérapeute aident quand la douleur dure ou revient souvent. Vous apprenez des exercices à faire ensuite seul.',
    en: 'Exercise therapy with a physiotherapist helps when the pain lasts or keeps coming back. You learn exercises that you then do yourself.',
  },
  manualTherapyShortRelief: {
    nl: 'Manuele therapie kan de pijn even verminderen. Combineer het met oefenen en in beweging blijven.',
    fr: 'La thérapie manuelle peut soulager la douleur pour un temps. Associez-la aux exercices et à l’activité.',
    en: 'Manual therapy may ease the pain for a short time. Combine it with exercise and staying active.',
  },
  psychologicallyInformedCare: {
    nl: 'U hebt meer kans op langdurige klachten. Dan helpt een behandeling die ook aandacht heeft voor zorgen, stress en werk het best, bijvoorbeeld bij een fysiotherapeut die zo werkt of bij een team van verschillende zorgverleners.',
    nlBE: 'U hebt meer kans op langdurige klachten. Dan helpt een behandeling die ook aandacht heeft voor zorgen, stress en werk het best, bijvoorbeeld bij een kinesitherapeut die zo werkt of bij een team van verschillende zorgverleners.',
    fr: 'Votre risque de plaintes de longue durée est plus élevé. Un traitement qui tient compte aussi des inquiétudes, du stress et du travail est alors le plus utile, par exemple chez un kinésithérapeute formé à cette approche ou au sein d’une équipe pluridisciplinaire.',
    en: 'You have a higher chance of long-lasting complaints. Then treatment that also pays attention to worries, stress and work helps most, for example with a physiotherapist who works this way or a team of different care providers.',
  },
  cognitiveBehaviouralTherapy: {
    nl: 'Bent u bang om te bewegen en hebt u al lang pijn? Gesprekken met een psycholoog (cognitieve gedragstherapie) kunnen helpen om weer meer te durven en te doen.',
    fr: 'Vous avez peur de bouger et vous avez mal depuis longtemps ? Des séances avec un psychologue (thérapie cognitivo-comportementale) peuvent vous aider à oser en faire davantage.',
    en: 'Are you afraid to move and have you had pain for a long time? Sessions with a psychologist (cognitive behavioural therapy) can help you dare and do more again.',
  },
  tipGettingOutOfBed: {
    nl: 'Uit bed komen: rol op uw zij, laat uw benen over de rand zakken en duw uzelf met uw armen omhoog.',
    fr: 'Pour sortir du lit : tournez-vous sur le côté, laissez glisser les jambes hors du lit et redressez-vous en poussant sur les bras.',
    en: 'Getting out of bed: roll onto your side, let your legs slide over the edge and push yourself up with your arms.',
  },
  tipSittingStanding: {
    nl: 'Gaan zitten en opstaan: schuif naar de rand van de stoel, zet uw voeten onder u en kom met een rechte rug omhoog, zo nodig met steun van uw handen.',
    fr: 'S’asseoir et se lever : avancez-vous au bord de la chaise, placez les pieds sous vous et relevez-vous le dos droit, en vous aidant des mains si besoin.',
    en: 'Sitting down and standing up: move to the front of the chair, put your feet under you and come up with a straight back, using your hands for support if needed.',
  },
  tipLifting: {
    nl: 'Tillen: houd de last dicht bij uw lichaam, buig door uw knieën en draai niet met uw romp, maar met uw voeten. Verdeel een zware last in kleinere delen of til met z’n tweeën.',
    nlBE: 'Tillen: houd de last dicht bij uw lichaam, plooi uw knieën en draai niet met uw romp, maar met uw voeten. Verdeel een zware last in kleinere delen of til met twee.',
    fr: 'Soulever : gardez la charge près du corps, pliez les genoux et ne tournez pas le tronc : tournez plutôt avec les pieds. Divisez une charge lourde en plusieurs parties ou portez-la à deux.',
    en: 'Lifting: keep the load close to your body, bend your knees and do not twist your trunk; turn with your feet instead. Split a heavy load into smaller parts or lift it with two people.',
  },
  tipBreaks: {
    nl: 'Neem regelmatig een korte pauze en wissel vaak van houding: niet te lang achter elkaar zitten, staan of autorijden.',
    fr: 'Faites régulièrement une courte pause et changez souvent de position : ne restez pas trop longtemps d’affilée assis, debout ou au volant.',
    en: 'Take short breaks regularly and change position often: do not sit, stand or drive for too long at a time.',
  },
  radicularReassurance: {
    nl: 'Pijn die uitstraalt naar uw been komt van een geprikkelde zenuw en gaat meestal vanzelf over, al kan dat enkele weken duren. Blijf bewegen. Wordt uw been zwakker, voelt u zich doof rond de anus, de geslachtsdelen of aan de binnenkant van de dijen, of lukt plassen of ontlasting niet goed meer? Ga dan meteen naar een arts.',
    fr: 'Une douleur qui descend dans la jambe vient d’un nerf irrité et disparaît le plus souvent d’elle-même, parfois après quelques semaines. Continuez à bouger. Si votre jambe s’affaiblit, si vous perdez la sensibilité autour de l’anus, des organes génitaux ou à l’intérieur des cuisses, ou si vous avez du mal à uriner ou à aller à selle, consultez immédiatement un médecin.',
    en: 'Pain running down your leg comes from an irritated nerve and usually goes away by itself, though it may take a few weeks. Keep moving. If your leg gets weaker, you feel numb around your bottom, genitals or inner thighs, or you have trouble passing urine or stools, see a doctor straight away.',
  },
  buildFitness: {
    nl: 'Werk aan uw conditie met iets wat u leuk vindt, zoals wandelen, fietsen of zwemmen. Wie regelmatig beweegt, heeft minder kans dat de rugpijn terugkomt.',
    fr: 'Améliorez votre condition physique avec une activité qui vous plaît, comme la marche, le vélo ou la natation. Bouger régulièrement réduit le risque que le mal de dos revienne.',
    en: 'Build up your fitness with something you enjoy, such as walking, cycling or swimming. Regular exercise lowers the chance that the back pain comes back.',
  },
  talkAboutWork: {
    nl: 'Maken stress, werkdruk of problemen op het werk het zwaarder? Bespreek het met uw leidinggevende of met uw arts, zodat u samen naar oplossingen kunt zoeken.',
    fr: 'Le stress, la charge de travail ou des problèmes au travail rendent les choses plus difficiles ? Parlez-en à votre responsable ou à votre médecin, pour chercher ensemble des solutions.',
    en: 'Do stress, workload or problems at work make things harder? Talk about it with your supervisor or your doctor, so you can look for solutions together.',
  },
};

/** Pain relief by the practice's country: NHG 2017 in the Netherlands, KCE 2017 / BCFI in Belgium. */
export const PAIN_RELIEF_TEXTS: Record<Country, LocalizedText> = {
  NL: {
    nl: 'Neem pijnstillers alleen als ze u helpen om in beweging te blijven, en zo kort mogelijk. U kunt eerst paracetamol proberen. Helpt dat niet genoeg, dan kan uw arts een ontstekingsremmer (NSAID) voorschrijven, in de laagste dosis en zo kort mogelijk.',
    fr: 'Ne prenez des antidouleurs que s’ils vous aident à rester actif, et le moins longtemps possible. Vous pouvez d’abord essayer le paracétamol. S’il ne suffit pas, votre médecin peut prescrire un anti-inflammatoire (AINS), à la dose la plus faible et pour la durée la plus courte.',
    en: 'Only take painkillers if they help you keep moving, and for as short a time as possible. You can try paracetamol first. If that is not enough, your doctor can prescribe an anti-inflammatory (NSAID), at the lowest dose for the shortest time.',
  },
  BE: {
    nl: 'Neem pijnstillers alleen als ze u helpen om in beweging te blijven, en zo kort mogelijk. Meestal is een ontstekingsremmer (NSAID) de eerste keuze, in de laagste dosis en zo kort mogelijk. Verdraagt u die niet, dan kan uw arts een zwak opioïd voorschrijven. Paracetamol alleen helpt de meeste mensen onvoldoende. Bespreek met uw arts wat bij u past.',
    fr: 'Ne prenez des antidouleurs que s’ils vous aident à rester actif, et le moins longtemps possible. Le premier choix est le plus souvent un anti-inflammatoire (AINS), à la dose la plus faible et pour la durée la plus courte. Si vous ne le supportez pas, votre médecin peut prescrire un opioïde faible. Le paracétamol seul ne suffit pas pour la plupart des gens. Voyez avec votre médecin ce qui vous convient.',
    en: 'Only take painkillers if they help you keep moving, and for as short a time as possible. An anti-inflammatory (NSAID) is usually the first choice, at the lowest dose for the shortest time. If you cannot take it, your doctor can prescribe a weak opioid. Paracetamol alone is not enough for most people. Talk to your doctor about what suits you.',
  },
};

export const NOT_RECOMMENDED_TREATMENTS_INTRO: Record<Language, string> = {
  nl: 'Deze behandelingen helpen niet bij gewone rugpijn:',
  fr: 'Ces traitements n’aident pas en cas de mal de dos ordinaire :',
  en: 'These treatments do not help ordinary back pain:',
};

export const LIST_JOINERS: Record<Language, string> = { nl: 'en', fr: 'et', en: 'and' };

export const NOT_RECOMMENDED_TREATMENT_TEXTS: Record<NotRecommendedTreatment, Record<Language, string>> = {
  traction: { nl: 'tractie (uitrekken)', fr: 'la traction (étirement)', en: 'traction (stretching)' },
  corsetOrBelt: { nl: 'een korset of rugband', fr: 'un corset ou une ceinture lombaire', en: 'a corset or back belt' },
  injections: { nl: 'injecties', fr: 'les infiltrations', en: 'injections' },
  tens: {
    nl: 'TENS (stroomprikkels via de huid)',
    fr: 'le TENS (stimulation électrique à travers la peau)',
    en: 'TENS (electrical stimulation through the skin)',
  },
  ultrasoundLaserInterferential: {
    nl: 'ultrageluid, laser of interferentiestroom',
    fr: 'les ultrasons, le laser ou le courant interférentiel',
    en: 'ultrasound, laser or interferential current',
  },
  radiofrequencyDenervation: {
    nl: 'een zenuwbehandeling met radiofrequentie',
    fr: 'la dénervation par radiofréquence',
    en: 'radiofrequency nerve treatment',
  },
  intradiscalThermal: {
    nl: 'een warmtebehandeling van de tussenwervelschijf',
    fr: 'les traitements thermiques du disque',
    en: 'heat treatment of the disc',
  },
  surgery: { nl: 'een operatie', fr: 'la chirurgie', en: 'surgery' },
};
