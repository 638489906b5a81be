import type { AdviceKey } from '../advice';
import type { LocalizedText } from '../language';

/** Advice for the worker (consultation record and leaflet), in plain language. */
export const ADVICE_TEXTS: Record<AdviceKey, LocalizedText> = {
  followReferral: {
    nl: 'Uw arts wil uw rug verder laten nakijken. Volg de verwijzing op zoals afgesproken. Krijgt u nieuwe klachten of wordt het erger, neem dan meteen contact op met een arts.',
    fr: 'Votre médecin souhaite faire examiner votre dos plus en détail. Suivez l’orientation comme convenu. Si de nouvelles plaintes apparaissent ou si cela s’aggrave, contactez tout de suite un médecin.',
    en: 'Your doctor wants your back checked further. Follow the referral as agreed. If you get new complaints or it gets worse, contact a doctor straight away.',
  },
  stayActive: {
    nl: 'Blijf in beweging en doe zo veel mogelijk uw gewone dingen. Bewegen mag pijn doen: het maakt uw rug niet kapot. Zo herstelt u sneller.',
    fr: 'Restez actif et continuez autant que possible vos activités habituelles. Bouger peut faire mal, mais cela n’abîme pas votre dos. Vous guérirez ainsi plus vite.',
    en: 'Keep moving and carry on with your normal activities as much as you can. Moving may hurt, but it does not damage your back. It helps you recover faster.',
  },
  keepWorking: {
    nl: 'Blijf werken als dat kan, zo nodig even met aangepast werk of minder uren. Hoe langer u thuis zit, hoe moeilijker het wordt om weer aan het werk te gaan.',
    fr: 'Continuez à travailler si c’est possible, si besoin un temps avec un travail adapté ou moins d’heures. Plus vous restez longtemps à la maison, plus il devient difficile de reprendre le travail.',
    en: 'Keep working if you can, for a while with adapted tasks or fewer hours if needed. The longer you stay at home, the harder it gets to go back to work.',
  },
  noBedRest: {
    nl: 'Blijf niet in bed liggen. Is de pijn heel erg, lig dan hooguit twee dagen wat vaker, en sta tussendoor regelmatig op om wat te bewegen.',
    fr: 'Ne restez pas au lit. Si la douleur est très forte, allongez-vous un peu plus souvent pendant deux jours au maximum, et levez-vous régulièrement pour bouger un peu.',
    en: 'Do not stay in bed. If the pain is very bad, you may lie down more often for two days at most, and get up regularly to move a little.',
  },
  noImagingWithoutRedFlags: {
    nl: 'Een foto of scan (röntgenfoto, CT, MRI) is niet nodig. Bij gewone rugpijn laat die niet zien waar de pijn vandaan komt, en u wordt er niet sneller beter van.',
    fr: 'Une radio ou un scanner (radiographie, CT, IRM) n’est pas nécessaire. Pour un mal de dos ordinaire, ces examens ne montrent pas d’où vient la douleur et n’aident pas à guérir plus vite.',
    en: 'You do not need an X-ray or a scan (CT, MRI). For ordinary back pain it does not show where the pain comes from, and it does not help you get better sooner.',
  },
  painReliefToKeepMoving: {
    nl: 'Neem pijnstillers alleen als ze u helpen om te blijven bewegen, en zo kort mogelijk. Begin met paracetamol. Helpt dat niet genoeg, vraag uw arts dan naar een ontstekingsremmer (NSAID). Sterkere middelen alleen in overleg met uw arts.',
    fr: 'Ne prenez des antidouleurs que s’ils vous aident à rester actif, et le moins longtemps possible. Commencez par du paracétamol. Si cela ne suffit pas, demandez à votre médecin un anti-inflammatoire (AINS). Des médicaments plus forts seulement en accord avec votre médecin.',
    en: 'Only take painkillers if they help you keep moving, and for as short a time as possible. Start with paracetamol. If that is not enough, ask your doctor about an anti-inflammatory (NSAID). Stronger medicines only after talking to your doctor.',
  },
  heat: {
    nl: 'Warmte, zoals een warme douche of een warmtekussen, kan de pijn verzachten.',
    fr: 'La chaleur, par exemple une douche chaude ou une bouillotte, peut soulager la douleur.',
    en: 'Warmth, such as a hot shower or a heat pad, can ease the pain.',
  },
  exerciseTherapy: {
    nl: 'Oefentherapie bij een fysiotherapeut of kinesitherapeut helpt als de pijn blijft of vaak terugkomt. U leert oefeningen die u daarna zelf doet.',
    fr: 'Une thérapie par l’exercice chez un kinésithérapeute aide quand la douleur dure ou revient souvent. Vous apprenez des exercices que vous faites ensuite vous-même.',
    en: 'Exercise therapy with a physiotherapist helps when the pain lasts or keeps coming back. You learn exercises that you then do yourself.',
  },
  manualTherapyShortRelief: {
    nl: 'Manuele therapie kan de pijn even verminderen. Combineer het met oefenen en in beweging blijven.',
    fr: 'La thérapie manuelle peut soulager la douleur pour un temps. Associez-la aux exercices et à l’activité.',
    en: 'Manual therapy may ease the pain for a short time. Combine it with exercise and staying active.',
  },
  psychologicallyInformedCare: {
    nl: 'U hebt een grotere kans op langdurige klachten. Dan helpt een behandeling die ook aandacht heeft voor zorgen, stress en werk het best, bijvoorbeeld bij een fysiotherapeut die zo werkt of bij een team van verschillende zorgverleners.',
    fr: 'Votre risque de plaintes de longue durée est plus élevé. Un traitement qui tient compte aussi des inquiétudes, du stress et du travail aide alors le mieux, par exemple chez un kinésithérapeute formé à cette approche ou dans une équipe de plusieurs soignants.',
    en: 'You have a higher chance of long-lasting complaints. Then treatment that also pays attention to worries, stress and work helps most, for example with a physiotherapist who works this way or a team of different care providers.',
  },
  cognitiveBehaviouralTherapy: {
    nl: 'Bent u bang om te bewegen en hebt u al lang pijn? Gesprekken met een psycholoog (cognitieve gedragstherapie) kunnen helpen om weer meer te durven en te doen.',
    fr: 'Vous avez peur de bouger et vous avez mal depuis longtemps ? Des séances avec un psychologue (thérapie cognitivo-comportementale) peuvent vous aider à oser et à faire davantage.',
    en: 'Are you afraid to move and have you had pain for a long time? Sessions with a psychologist (cognitive behavioural therapy) can help you dare and do more again.',
  },
  notRecommendedTreatments: {
    nl: 'Deze behandelingen helpen niet bij gewone rugpijn: tractie (uitrekken), een korset of rugband, injecties, TENS, ultrageluid, laser of interferentiestroom, zenuwbehandeling met radiofrequentie, warmtebehandeling van de tussenwervelschijf en een operatie.',
    fr: 'Ces traitements n’aident pas pour un mal de dos ordinaire : la traction (étirement), un corset ou une ceinture lombaire, les injections, le TENS, les ultrasons, le laser ou le courant interférentiel, la dénervation par radiofréquence, les traitements thermiques du disque et la chirurgie.',
    en: 'These treatments do not help ordinary back pain: traction (stretching), a corset or back belt, injections, TENS, ultrasound, laser or interferential current, radiofrequency nerve treatment, heat treatment of the disc, and surgery.',
  },
  tipGettingOutOfBed: {
    nl: 'Uit bed komen: rol op uw zij, laat uw benen over de rand zakken en duw uzelf met uw armen omhoog.',
    fr: 'Pour sortir du lit : tournez-vous sur le côté, laissez glisser les jambes hors du lit et redressez-vous en poussant avec les bras.',
    en: 'Getting out of bed: roll onto your side, let your legs slide over the edge and push yourself up with your arms.',
  },
  tipSittingStanding: {
    nl: 'Gaan zitten en opstaan: schuif naar de rand van de stoel, zet uw voeten onder u en kom met een rechte rug omhoog, zo nodig met steun van uw handen.',
    fr: 'S’asseoir et se lever : avancez-vous au bord de la chaise, placez les pieds sous vous et relevez-vous le dos droit, en vous aidant des mains si besoin.',
    en: 'Sitting down and standing up: move to the front of the chair, put your feet under you and come up with a straight back, using your hands for support if needed.',
  },
  tipLifting: {
    nl: 'Tillen: houd de last dicht bij uw lichaam, buig door uw knieën en draai niet met uw romp, maar met uw voeten. Verdeel een zware last in kleinere delen of til met z’n tweeën.',
    fr: 'Soulever : gardez la charge près du corps, pliez les genoux et ne tournez pas le tronc, tournez plutôt avec les pieds. Divisez une charge lourde en plus petites parts ou portez-la à deux.',
    en: 'Lifting: keep the load close to your body, bend your knees and do not twist your trunk; turn with your feet instead. Split a heavy load into smaller parts or lift it with two people.',
  },
  tipBreaks: {
    nl: 'Neem regelmatig een korte pauze en wissel vaak van houding: niet te lang achter elkaar zitten, staan of rijden.',
    fr: 'Faites régulièrement une courte pause et changez souvent de position : ne restez pas trop longtemps de suite assis, debout ou au volant.',
    en: 'Take short breaks regularly and change position often: do not sit, stand or drive for too long at a time.',
  },
  radicularReassurance: {
    nl: 'Pijn die naar uw been uitstraalt, komt van een geprikkelde zenuw en gaat meestal vanzelf over. Blijf bewegen. Wordt uw been zwakker, voelt u een doof gevoel rond de anus, of hebt u problemen met plassen of ontlasting? Ga dan meteen naar een arts.',
    fr: 'Une douleur qui descend dans la jambe vient d’un nerf irrité et passe le plus souvent d’elle-même. Continuez à bouger. Si votre jambe devient plus faible, si vous sentez un engourdissement autour de l’anus ou si vous avez du mal à uriner ou à aller à selle, consultez immédiatement un médecin.',
    en: 'Pain running down your leg comes from an irritated nerve and usually goes away by itself. Keep moving. If your leg gets weaker, you feel numb around your bottom, or you have trouble passing urine or stools, see a doctor straight away.',
  },
  buildFitness: {
    nl: 'Werk aan uw conditie met iets wat u leuk vindt, zoals wandelen, fietsen of zwemmen. Wie regelmatig beweegt, heeft minder kans dat de rugpijn terugkomt.',
    fr: 'Améliorez votre condition physique avec une activité qui vous plaît, comme la marche, le vélo ou la natation. Bouger régulièrement réduit le risque que le mal de dos revienne.',
    en: 'Build up your fitness with something you enjoy, such as walking, cycling or swimming. Regular exercise lowers the chance that the back pain comes back.',
  },
  talkAboutWork: {
    nl: 'Maken stress, werkdruk of problemen op het werk het zwaarder? Bespreek het met uw leidinggevende of met uw arts, zodat u samen naar oplossingen kunt zoeken.',
    fr: 'Le stress, la charge de travail ou des problèmes au travail rendent les choses plus lourdes ? Parlez-en à votre responsable ou à votre médecin, pour chercher ensemble des solutions.',
    en: 'Do stress, workload or problems at work make things harder? Talk about it with your supervisor or your doctor, so you can look for solutions together.',
  },
};
