import type { LocalizedText } from '../language';
import type { RedFlagCode, RedFlagStatus, SuspectedCondition, Urgency } from '../redFlags';

/** Short name of each urgency level. */
export const URGENCY_LABELS: Record<Urgency, LocalizedText> = {
  none: { nl: 'Geen rode vlaggen', fr: 'Aucun drapeau rouge', en: 'No red flags' },
  routine: { nl: 'Niet spoedeisend', fr: 'Non urgent', en: 'Routine' },
  within48h: { nl: 'Binnen 48 uur', fr: 'Dans les 48 heures', en: 'Within 48 hours' },
  immediate: { nl: 'Direct', fr: 'Immédiat', en: 'Immediate' },
};

/** What the doctor should do, per urgency. */
export const RED_FLAG_ACTION_TEXTS: Record<Urgency, LocalizedText> = {
  immediate: {
    nl: 'Verwijs nu naar de spoedeisende hulp. Er is een verdenking op een cauda-equinasyndroom, een neurologisch spoedgeval, een vasculaire oorzaak of een fractuur na een trauma: niet afwachten.',
    nlBE: 'Verwijs nu door naar de spoedgevallendienst. Er is een vermoeden van een caudasyndroom, een neurologisch spoedgeval, een vasculaire oorzaak of een fractuur na een trauma: niet afwachten.',
    fr: "Adressez le patient aux urgences maintenant. Il y a une suspicion de syndrome de la queue de cheval, d'urgence neurologique, de cause vasculaire ou de fracture après un traumatisme : ne pas attendre.",
    en: 'Refer to the emergency department now. Cauda equina syndrome, a neurological emergency, a vascular cause or a fracture after trauma is suspected: do not wait.',
  },
  within48h: {
    nl: 'Regel binnen 48 uur een beoordeling door de huisarts of een specialist (verdenking op fractuur, maligniteit of infectie).',
    nlBE: 'Regel binnen 48 uur een onderzoek door de huisarts of een specialist (vermoeden van fractuur, maligniteit of infectie).',
    fr: 'Organisez une évaluation semi-urgente par le médecin généraliste ou un spécialiste dans les 48 heures (suspicion de fracture, de tumeur maligne ou d’infection).',
    en: 'Arrange a semi-urgent assessment by the GP or a specialist within 48 hours (suspected fracture, malignancy or infection).',
  },
  routine: {
    nl: 'Plan een verwijzing of aanvullend onderzoek naar wat de vlag doet vermoeden (zie de actie bij elke vlag). Houd intussen de gewone aanpak aan: in beweging blijven.',
    nlBE: 'Plan een doorverwijzing of bijkomend onderzoek naar wat de vlag doet vermoeden (zie de actie bij elke vlag). Houd intussen de gewone aanpak aan: in beweging blijven.',
    fr: 'Planifiez une orientation ou des examens complémentaires selon ce que le drapeau fait suspecter (voir l’action de chaque drapeau). Entre-temps, gardez l’approche habituelle : rester actif.',
    en: 'Plan a referral or further tests for what the flag suggests (see the action of each flag). Meanwhile keep the usual approach: stay active.',
  },
  none: {
    nl: 'Aspecifieke lage rugpijn. Geen beeldvorming: zonder rode vlaggen helpt die niet, geeft onnodige straling en maakt ongerust. Stel gerust en moedig aan om in beweging te blijven.',
    fr: 'Lombalgie non spécifique. Pas d’imagerie : sans drapeau rouge, elle n’aide pas, expose inutilement aux rayons et inquiète. Rassurez et encouragez à rester actif.',
    en: 'Non-specific low back pain. No imaging: without red flags it does not help, exposes the worker to radiation and causes worry. Reassure and encourage staying active.',
  },
};

const CAUDA_EQUINA_ACTION: LocalizedText = {
  nl: 'Verwijs nu naar de spoedeisende hulp voor beoordeling op een cauda-equinasyndroom (MRI dezelfde dag).',
  nlBE: 'Verwijs nu door naar de spoedgevallendienst voor onderzoek op een caudasyndroom (MRI dezelfde dag).',
  fr: 'Adressez maintenant aux urgences pour exclure un syndrome de la queue de cheval (IRM le jour même).',
  en: 'Refer to the emergency department now to assess for cauda equina syndrome (MRI the same day).',
};

const NEUROLOGICAL_ACTION: LocalizedText = {
  nl: 'Verwijs nu naar de spoedeisende hulp of de dienstdoende neuroloog: neurologisch spoedgeval.',
  nlBE: 'Verwijs nu door naar de spoedgevallendienst of de neuroloog van wacht: neurologisch spoedgeval.',
  fr: 'Adressez maintenant aux urgences ou au neurologue de garde : urgence neurologique.',
  en: 'Refer now to the emergency department or the on-call neurologist: neurological emergency.',
};

const MALIGNANCY_ACTION: LocalizedText = {
  nl: 'Laat binnen 48 uur door de huisarts of een specialist beoordelen of een maligniteit (metastase) de oorzaak kan zijn.',
  nlBE: 'Laat binnen 48 uur door de huisarts of een specialist onderzoeken of een maligniteit (metastase) de oorzaak kan zijn.',
  fr: 'Faites évaluer dans les 48 heures par le médecin généraliste ou un spécialiste si une tumeur maligne (métastase) peut être en cause.',
  en: 'Have the GP or a specialist assess within 48 hours whether a malignancy (metastasis) may be the cause.',
};

/**
 * What to do about each red flag, one text per code (spec section 2): the action fits the flag,
 * never a neighbour's action of the same urgency. Shown to the doctor; never printed in letters to
 * colleagues, who make their own assessment.
 */
export const RED_FLAG_CODE_ACTION_TEXTS: Record<RedFlagCode, LocalizedText> = {
  saddleAnaesthesia: CAUDA_EQUINA_ACTION,
  bladderOrBowelDysfunction: CAUDA_EQUINA_ACTION,
  motorDeficit: NEUROLOGICAL_ACTION,
  widespreadNeurological: NEUROLOGICAL_ACTION,
  vascularSigns: {
    nl: 'Verwijs nu naar de spoedeisende hulp (zo nodig via 112): mogelijke vasculaire oorzaak, zoals een aneurysma aortae.',
    nlBE: 'Verwijs nu door naar de spoedgevallendienst (zo nodig via 112): mogelijke vasculaire oorzaak, zoals een aneurysma aortae.',
    fr: 'Adressez maintenant aux urgences (au besoin via le 112) : cause vasculaire possible, comme un anévrisme aortique.',
    en: 'Refer to the emergency department now (call the emergency number if needed): possible vascular cause such as an aortic aneurysm.',
  },
  significantTrauma: {
    nl: 'Verwijs nu naar de spoedeisende hulp voor beeldvorming: mogelijke wervelfractuur na een fors trauma.',
    nlBE: 'Verwijs nu door naar de spoedgevallendienst voor beeldvorming: mogelijke wervelfractuur na een zwaar trauma.',
    fr: 'Adressez maintenant aux urgences pour une imagerie : fracture vertébrale possible après un traumatisme important.',
    en: 'Refer to the emergency department now for imaging: possible vertebral fracture after significant trauma.',
  },
  osteoporosisOrCorticosteroids: {
    nl: 'Laat binnen 48 uur door de huisarts beoordelen of er een (osteoporotische) wervelfractuur is, zo nodig met een röntgenfoto.',
    nlBE: 'Laat binnen 48 uur door de huisarts onderzoeken of er een (osteoporotische) wervelfractuur is, zo nodig met een röntgenfoto.',
    fr: 'Faites évaluer dans les 48 heures par le médecin généraliste une éventuelle fracture vertébrale (ostéoporotique), avec une radiographie si nécessaire.',
    en: 'Have the GP assess within 48 hours whether there is an (osteoporotic) vertebral fracture, with an X-ray if needed.',
  },
  historyOfCancer: MALIGNANCY_ACTION,
  weightLoss: MALIGNANCY_ACTION,
  nonMechanicalPain: {
    nl: 'Laat binnen 48 uur door de huisarts of een specialist onderzoeken op een maligniteit of een infectie (bloedonderzoek, zo nodig beeldvorming).',
    fr: 'Faites examiner dans les 48 heures par le médecin généraliste ou un spécialiste à la recherche d’une tumeur maligne ou d’une infection (prise de sang, imagerie si nécessaire).',
    en: 'Have the GP or a specialist look for a malignancy or an infection within 48 hours (blood tests, imaging if needed).',
  },
  fever: {
    nl: 'Laat binnen 48 uur door de huisarts of een specialist onderzoeken op een infectie (spondylodiscitis, epiduraal abces).',
    fr: 'Faites examiner dans les 48 heures par le médecin généraliste ou un spécialiste à la recherche d’une infection (spondylodiscite, abcès épidural).',
    en: 'Have the GP or a specialist look for an infection (spondylodiscitis, epidural abscess) within 48 hours.',
  },
  immunosuppression: {
    nl: 'Let op tekenen van infectie en overleg met de huisarts of de behandelend specialist of aanvullend onderzoek nodig is.',
    fr: 'Surveillez les signes d’infection et voyez avec le médecin généraliste ou le spécialiste traitant si des examens complémentaires sont nécessaires.',
    en: 'Watch for signs of infection and ask the GP or the treating specialist whether further tests are needed.',
  },
  atypicalAge: {
    nl: 'Eerste rugklachten vóór 20 of na 55 jaar: laat de huisarts een specifieke oorzaak uitsluiten, zeker als er nog andere vlaggen zijn.',
    fr: 'Premières douleurs lombaires avant 20 ans ou après 55 ans : demandez au médecin généraliste d’exclure une cause spécifique, surtout en présence d’autres drapeaux.',
    en: 'First back pain before 20 or after 55: ask the GP to rule out a specific cause, especially when other flags are present.',
  },
  inflammatoryBackPain: {
    nl: 'Verwijs op afspraak naar een reumatoloog: verdenking op axiale spondyloartritis.',
    nlBE: 'Verwijs op afspraak door naar een reumatoloog: vermoeden van axiale spondyloartritis.',
    fr: 'Adressez sur rendez-vous à un rhumatologue : suspicion de spondyloarthrite axiale.',
    en: 'Refer to a rheumatologist by appointment: suspected axial spondyloarthritis.',
  },
  unexpectedCourse: {
    nl: 'Geen verbetering na 6 weken: heroverweeg de diagnose en de aanpak, en overleg met de huisarts over verwijzing of aanvullend onderzoek.',
    fr: 'Pas d’amélioration après 6 semaines : réexaminez le diagnostic et la prise en charge, et voyez avec le médecin généraliste s’il faut orienter ou compléter les examens.',
    en: 'No improvement after 6 weeks: reconsider the diagnosis and the approach, and discuss a referral or further tests with the GP.',
  },
};

/** The radicular signal: shown when the pain radiates below the knee or with numbness or tingling. */
export const RADICULAR_TEXT: LocalizedText = {
  nl: 'Lumbosacraal radiculair syndroom (ischias): op zich geen rode vlag. Stel gerust en stimuleer bewegen. Verwijs naar een neuroloog of neurochirurg bij pijn die met adequate pijnstilling (zo nodig een opioïd) niet te beheersen is, of als er na 6 tot 8 weken geen verbetering is en een operatie te overwegen valt; direct bij ernstig of toenemend krachtverlies.',
  nlBE: 'Lumbosacraal radiculair syndroom (ischias): op zich geen rode vlag. Stel gerust en stimuleer bewegen. Verwijs door naar een neuroloog of neurochirurg bij pijn die met gepaste pijnstilling (zo nodig een opioïd) niet onder controle te krijgen is, of als er na 6 tot 8 weken geen beterschap is en een operatie te overwegen valt; dringend bij ernstig of toenemend krachtverlies.',
  fr: 'Syndrome radiculaire lombosacré (sciatique) : pas un drapeau rouge en soi. Rassurez et encouragez le mouvement. Adressez à un neurologue ou un neurochirurgien si la douleur reste incontrôlable malgré un traitement antalgique adéquat (opioïde compris), ou en l’absence d’amélioration après 6 à 8 semaines lorsqu’une chirurgie peut être envisagée ; en urgence en cas de déficit moteur sévère ou progressif.',
  en: 'Lumbosacral radicular syndrome (sciatica): not a red flag by itself. Reassure and encourage movement. Refer to a neurologist or neurosurgeon when the pain cannot be controlled with adequate pain relief (including opioids), or when there is no improvement after 6 to 8 weeks and surgery could be considered; at once with a severe or progressive motor deficit.',
};

/** Name of each red flag, as shown on the checklist and in the consultation record. */
export const RED_FLAG_LABELS: Record<RedFlagCode, LocalizedText> = {
  saddleAnaesthesia: { nl: 'Rijbroekanesthesie', nlBE: 'Zadelanesthesie', fr: 'Anesthésie en selle', en: 'Saddle anaesthesia' },
  bladderOrBowelDysfunction: {
    nl: 'Blaas- of darmstoornis (retentie of incontinentie)',
    fr: 'Troubles vésicaux ou intestinaux (rétention ou incontinence)',
    en: 'Bladder or bowel dysfunction (retention or incontinence)',
  },
  motorDeficit: {
    nl: 'Ernstig of toenemend krachtverlies (MRC ≤ 3/5 of verslechterend)',
    fr: 'Déficit moteur sévère ou progressif (MRC ≤ 3/5 ou qui s’aggrave)',
    en: 'Severe or progressive motor deficit (MRC ≤ 3/5 or worsening)',
  },
  widespreadNeurological: {
    nl: 'Uitgebreide neurologische verschijnselen (beiderzijds, armen, lopen of coördinatie)',
    fr: 'Symptômes neurologiques étendus (bilatéraux, bras, marche ou coordination)',
    en: 'Widespread neurological symptoms (bilateral, arms, gait or coordination)',
  },
  vascularSigns: {
    nl: 'Vasculaire signalen (plotselinge hevige pijn los van bewegen met zwakke liespulsaties, koude voet of bekend aneurysma aortae)',
    nlBE: 'Vasculaire signalen (plotse hevige pijn los van bewegen met zwakke liespulsaties, koude voet of gekend aneurysma aortae)',
    fr: 'Signes vasculaires (douleur intense et soudaine sans lien avec le mouvement, pouls fémoraux faibles, pied froid ou anévrisme aortique connu)',
    en: 'Vascular signs (sudden severe pain unrelated to movement with weak femoral pulses, cold foot or known aortic aneurysm)',
  },
  significantTrauma: {
    nl: 'Fors trauma (val van hoogte, verkeersongeval)',
    fr: 'Traumatisme important (chute de hauteur, accident de la route)',
    en: 'Significant trauma (fall from height, traffic accident)',
  },
  osteoporosisOrCorticosteroids: {
    nl: 'Osteoporose of langdurig gebruik van corticosteroïden',
    fr: 'Ostéoporose ou corticothérapie prolongée',
    en: 'Osteoporosis or long-term corticosteroid use',
  },
  historyOfCancer: { nl: 'Maligniteit in de voorgeschiedenis', fr: 'Antécédents de cancer', en: 'History of cancer' },
  weightLoss: { nl: 'Onverklaard gewichtsverlies', fr: 'Perte de poids inexpliquée', en: 'Unexplained weight loss' },
  nonMechanicalPain: {
    nl: 'Constante, niet-mechanische pijn (in rust of ’s nachts)',
    fr: 'Douleur constante non mécanique (au repos ou la nuit)',
    en: 'Constant non-mechanical pain (at rest or at night)',
  },
  fever: { nl: 'Koorts', fr: 'Fièvre', en: 'Fever' },
  immunosuppression: {
    nl: 'Immunosuppressie of intraveneus drugsgebruik',
    fr: 'Immunosuppression ou usage de drogues par voie intraveineuse',
    en: 'Immunosuppression or intravenous drug use',
  },
  atypicalAge: {
    nl: 'Begin vóór 20 of na 55 jaar',
    fr: 'Début avant 20 ans ou après 55 ans',
    en: 'Onset before age 20 or after age 55',
  },
  inflammatoryBackPain: {
    nl: 'Inflammatoire rugpijn (jonger dan 45, 12 weken of langer, minstens 2 inflammatoire kenmerken)',
    fr: 'Lombalgie inflammatoire (moins de 45 ans, 12 semaines ou plus, au moins 2 signes inflammatoires)',
    en: 'Inflammatory back pain (under 45, 12 weeks or longer, at least 2 inflammatory features)',
  },
  unexpectedCourse: {
    nl: 'Geen verbetering na 6 weken ondanks de gebruikelijke aanpak',
    fr: 'Pas d’amélioration après 6 semaines malgré la prise en charge habituelle',
    en: 'No improvement after 6 weeks despite the usual approach',
  },
};

/** Name of each suspected condition. */
export const SUSPECTED_CONDITION_LABELS: Record<SuspectedCondition, LocalizedText> = {
  caudaEquina: { nl: 'Cauda-equinasyndroom', nlBE: 'Caudasyndroom (cauda equina)', fr: 'Syndrome de la queue de cheval', en: 'Cauda equina syndrome' },
  neurologicalEmergency: { nl: 'Neurologisch spoedgeval', fr: 'Urgence neurologique', en: 'Neurological emergency' },
  vascular: {
    nl: 'Vasculaire oorzaak (bv. aneurysma aortae)',
    fr: 'Cause vasculaire (p. ex. anévrisme aortique)',
    en: 'Vascular cause (e.g. aortic aneurysm)',
  },
  fracture: { nl: 'Wervelfractuur', fr: 'Fracture vertébrale', en: 'Vertebral fracture' },
  malignancy: { nl: 'Maligniteit', fr: 'Tumeur maligne', en: 'Malignancy' },
  infection: {
    nl: 'Infectie (spondylodiscitis, epiduraal abces)',
    fr: 'Infection (spondylodiscite, abcès épidural)',
    en: 'Infection (spondylodiscitis, epidural abscess)',
  },
  malignancyOrInfection: { nl: 'Maligniteit of infectie', fr: 'Tumeur maligne ou infection', en: 'Malignancy or infection' },
  axialSpondyloarthritis: {
    nl: 'Axiale spondyloartritis (ziekte van Bechterew)',
    fr: 'Spondyloarthrite axiale (spondylarthrite ankylosante, maladie de Bechterew)',
    en: 'Axial spondyloarthritis (Bechterew’s disease)',
  },
  specificCause: { nl: 'Specifieke oorzaak', fr: 'Cause spécifique', en: 'Specific cause' },
  unexpectedCourse: { nl: 'Afwijkend beloop', fr: 'Évolution inhabituelle', en: 'Unexpected course' },
};

/** The status of a red flag in this episode. */
export const RED_FLAG_STATUS_LABELS: Record<RedFlagStatus, LocalizedText> = {
  open: { nl: 'Open', fr: 'Ouvert', en: 'Open' },
  evaluated: { nl: 'Geëvalueerd', fr: 'Évalué', en: 'Evaluated' },
};
