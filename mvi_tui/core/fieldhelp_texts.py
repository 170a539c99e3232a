"""Labels (nl, en) and Dutch help texts of the plan fields; see fieldhelp.py."""

LABELS: dict[str, dict[str, str]] = {
    "Ambitions.preset": {"nl": "Startset ambities", "en": "Ambition preset"},
    "Ambitions.themes": {"nl": "Ambities per thema", "en": "Ambitions per theme"},
    "AwardModel.method": {"nl": "Gunningsmethode", "en": "Award method"},
    "AwardModel.price_weight": {"nl": "Weging prijs (%)", "en": "Price weight (%)"},
    "AwardModel.price_formula": {"nl": "Prijsformule", "en": "Price formula"},
    "AwardModel.ceiling_price_eur": {"nl": "Plafondprijs (EUR)", "en": "Ceiling price (EUR)"},
    "AwardModel.max_points": {"nl": "Maximaal aantal punten", "en": "Maximum points"},
    "AwardModel.quality_value_eur": {"nl": "Kwaliteitswaarde (EUR)", "en": "Quality value (EUR)"},
    "AwardModel.scale": {"nl": "Beoordelingsschaal", "en": "Scoring scale"},
    "AwardModel.custom_scale": {"nl": "Eigen schaal", "en": "Custom scale"},
    "AwardModel.co2_ladder": {"nl": "CO2-Prestatieladder", "en": "CO2 Performance Ladder"},
    "AwardModel.lcc": {"nl": "Levenscycluskosten (LCC)", "en": "Life-cycle costs (LCC)"},
    "AwardModel.motivation": {
        "nl": "Motivering gunningscriterium",
        "en": "Award criterion rationale",
    },
    "ChosenCriterion.id": {"nl": "Criteriumnummer", "en": "Criterion id"},
    "ChosenCriterion.text": {"nl": "Eigen formulering", "en": "Own wording"},
    "ChosenCriterion.parameters": {"nl": "Parameters", "en": "Parameters"},
    "ChosenCriterion.weight": {"nl": "Weging (%)", "en": "Weight (%)"},
    "ChosenCriterion.lot": {"nl": "Perceel", "en": "Lot"},
    "Co2Ladder.enabled": {"nl": "Ladder toepassen", "en": "Use the ladder"},
    "Co2Ladder.version": {"nl": "Versie ladder", "en": "Ladder version"},
    "Co2Ladder.discounts_pct": {
        "nl": "Fictieve korting per niveau (%)",
        "en": "Fictive discount per level (%)",
    },
    "Co2Ladder.sanction_factor": {"nl": "Sanctiefactor", "en": "Sanction factor"},
    "Influence.market_position": {"nl": "Marktpositie", "en": "Market position"},
    "Influence.innovation_need": {"nl": "Innovatiebehoefte", "en": "Need for innovation"},
    "LccInputs.years": {"nl": "Beschouwingsperiode (jaren)", "en": "Period (years)"},
    "LccInputs.discount_rate_pct": {"nl": "Discontovoet (%)", "en": "Discount rate (%)"},
    "LccInputs.energy_price_eur_kwh": {
        "nl": "Energieprijs (EUR/kWh)",
        "en": "Energy price (EUR/kWh)",
    },
    "LccInputs.energy_price_change_pct": {
        "nl": "Jaarlijkse wijziging energieprijs (%)",
        "en": "Yearly energy price change (%)",
    },
    "LccInputs.co2_price_eur_t": {
        "nl": "CO2-schaduwprijs (EUR/t)",
        "en": "CO2 shadow price (EUR/t)",
    },
    "LccInputs.grid_kg_co2_kwh": {
        "nl": "Emissiefactor stroom (kg CO2/kWh)",
        "en": "Grid emission factor (kg CO2/kWh)",
    },
    "Lot.id": {"nl": "Perceelnummer", "en": "Lot id"},
    "Lot.title": {"nl": "Titel perceel", "en": "Lot title"},
    "Lot.value_eur": {"nl": "Geraamde waarde (EUR)", "en": "Estimated value (EUR)"},
    "Meta.schema_version": {"nl": "Versie bestandsformaat", "en": "File format version"},
    "Meta.catalogue_version": {"nl": "Versie criteriacatalogus", "en": "Catalogue version"},
    "Meta.tool_version": {"nl": "Versie mvi-tui", "en": "mvi-tui version"},
    "Notes.organisation": {"nl": "Notities organisatie", "en": "Organisation notes"},
    "Notes.ambitions": {"nl": "Notities ambities", "en": "Ambition notes"},
    "Notes.plan": {"nl": "Notities inkoopplan", "en": "Procurement plan notes"},
    "Notes.criteria": {"nl": "Notities criteria", "en": "Criteria notes"},
    "Notes.award": {"nl": "Notities gunning", "en": "Award notes"},
    "Notes.export": {"nl": "Notities controle en export", "en": "Review and export notes"},
    "Notes.print_in_export": {"nl": "Notities als bijlage", "en": "Notes as annex"},
    "Organisation.name": {"nl": "Naam organisatie", "en": "Organisation name"},
    "Organisation.kind": {"nl": "Soort overheid", "en": "Kind of authority"},
    "Organisation.yearly_spend_eur": {
        "nl": "Inkoopvolume per jaar (EUR)",
        "en": "Yearly spend (EUR)",
    },
    "Organisation.language": {"nl": "Documenttaal", "en": "Document language"},
    "Organisation.co2_baseline_t": {"nl": "CO2-nulmeting (ton)", "en": "CO2 baseline (tonnes)"},
    "Organisation.value_bands": {"nl": "Eigen drempelbedragen", "en": "Own value bands"},
    "OwnCriterion.id": {"nl": "Eigen nummer", "en": "Own id"},
    "OwnCriterion.type": {"nl": "Soort criterium", "en": "Criterion type"},
    "OwnCriterion.level": {"nl": "Ambitieniveau", "en": "Ambition level"},
    "OwnCriterion.themes": {"nl": "Thema's", "en": "Themes"},
    "OwnCriterion.title": {"nl": "Titel", "en": "Title"},
    "OwnCriterion.text": {"nl": "Tekst criterium", "en": "Criterion text"},
    "OwnCriterion.verification": {"nl": "Bewijsmiddel", "en": "Means of proof"},
    "OwnCriterion.scoring": {"nl": "Beoordelingswijze", "en": "Scoring guide"},
    "OwnCriterion.weight": {"nl": "Weging (%)", "en": "Weight (%)"},
    "Plan.meta": {"nl": "Versies", "en": "Versions"},
    "Plan.organisation": {"nl": "Organisatie", "en": "Organisation"},
    "Plan.ambitions": {"nl": "Ambities", "en": "Ambitions"},
    "Plan.procurements": {"nl": "Inkoopplan", "en": "Procurement plan"},
    "Plan.notes": {"nl": "Notities", "en": "Notes"},
    "Procurement.id": {"nl": "Kenmerk inkoop", "en": "Procurement id"},
    "Procurement.title": {"nl": "Titel inkoop", "en": "Procurement title"},
    "Procurement.product_group": {"nl": "Productgroep", "en": "Product group"},
    "Procurement.contract_type": {"nl": "Soort opdracht", "en": "Contract type"},
    "Procurement.value_eur": {"nl": "Geraamde waarde (EUR)", "en": "Estimated value (EUR)"},
    "Procurement.start": {"nl": "Geplande start", "en": "Planned start"},
    "Procurement.duration_months": {"nl": "Looptijd (maanden)", "en": "Term (months)"},
    "Procurement.options_months": {
        "nl": "Verlengingsopties (maanden)",
        "en": "Extension options (months)",
    },
    "Procurement.description": {"nl": "Omschrijving opdracht", "en": "Scope"},
    "Procurement.lots": {"nl": "Percelen", "en": "Lots"},
    "Procurement.level": {"nl": "Ambitieniveau", "en": "Ambition level"},
    "Procurement.influence": {"nl": "Invloed op de markt", "en": "Market influence"},
    "Procurement.tender": {"nl": "Concept aanbesteding", "en": "Tender draft"},
    "ScaleStep.score": {"nl": "Score", "en": "Score"},
    "ScaleStep.fraction": {"nl": "Aandeel van maximum", "en": "Share of maximum"},
    "ScaleStep.label": {"nl": "Omschrijving", "en": "Label"},
    "Target.metric": {"nl": "Indicator", "en": "Metric"},
    "Target.value": {"nl": "Doelwaarde (%)", "en": "Target value (%)"},
    "Target.year": {"nl": "Doeljaar", "en": "Target year"},
    "Target.description": {"nl": "Omschrijving doel", "en": "Target description"},
    "Tender.procedure": {"nl": "Aanbestedingsprocedure", "en": "Procedure"},
    "Tender.procedure_reason": {"nl": "Motivering procedurekeuze", "en": "Reason for procedure"},
    "Tender.lots_reason": {"nl": "Motivering percelen", "en": "Reason for lots"},
    "Tender.criteria": {"nl": "Criteria uit catalogus", "en": "Catalogue criteria"},
    "Tender.own_criteria": {"nl": "Eigen criteria", "en": "Own criteria"},
    "Tender.award": {"nl": "Gunningsmodel", "en": "Award model"},
    "Tender.timetable": {"nl": "Planning", "en": "Timetable"},
    "Tender.bonus_malus": {"nl": "Bonus/malus", "en": "Bonus/malus"},
    "Tender.notes": {"nl": "Notities aanbesteding", "en": "Tender notes"},
    "ThemeAmbition.level": {"nl": "Ambitieniveau", "en": "Ambition level"},
    "ThemeAmbition.targets": {"nl": "Doelen", "en": "Targets"},
    "ThemeAmbition.note": {"nl": "Toelichting", "en": "Rationale"},
    "Timetable.publication": {"nl": "Publicatie aankondiging", "en": "Notice publication"},
    "Timetable.questions_deadline": {"nl": "Sluiting vragenronde", "en": "Questions deadline"},
    "Timetable.nvi": {"nl": "Nota van Inlichtingen", "en": "Answers to questions"},
    "Timetable.submission_deadline": {
        "nl": "Sluitingstermijn inschrijving",
        "en": "Submission deadline",
    },
    "Timetable.award_intended": {"nl": "Voornemen tot gunning", "en": "Intended award"},
    "Timetable.standstill_end": {"nl": "Einde Alcateltermijn", "en": "End of standstill"},
    "Timetable.contract_start": {"nl": "Start contract", "en": "Contract start"},
    "ValueBand.contract_type": {"nl": "Soort opdracht", "en": "Contract type"},
    "ValueBand.max_eur": {"nl": "Bovengrens (EUR)", "en": "Upper bound (EUR)"},
    "ValueBand.procedure": {"nl": "Procedure", "en": "Procedure"},
}

HELP_NL: dict[str, str] = {
    "Ambitions.preset": (
        "De kant-en-klare set ambities waarmee u bent begonnen, als u er een koos. "
        "Leeg betekent dat u de ambities zelf hebt ingevuld; u kunt alles daarna nog aanpassen."
    ),
    "Ambitions.themes": (
        "Per MVOI-thema het ambitieniveau en de doelen van de organisatie. "
        "Een thema dat hier niet staat, heeft geen ambitie en krijgt geen voorstel voor criteria."
    ),
    "AwardModel.method": (
        "Hoe de inschrijvingen worden vergeleken: gewogen punten, gunnen op waarde, "
        "prijs/kwaliteit-verhouding, laagste kosten of laagste prijs. "
        "Gewogen punten is gebruikelijk bij leveringen en diensten, gunnen op waarde bij werken."
    ),
    "AwardModel.price_weight": (
        "Het gewicht van de prijs in procenten; de kwaliteitscriteria delen samen de rest tot 100. "
        "Bij circulaire aanbestedingen ligt de prijsweging vaak tussen 10 en 30 procent."
    ),
    "AwardModel.price_formula": (
        "Hoe een prijs in punten wordt omgezet: relatief ten opzichte van de laagste inschrijving "
        "(laagste prijs gedeeld door de eigen prijs, maal het maximum) of lineair tussen de "
        "laagste inschrijving en de plafondprijs."
    ),
    "AwardModel.ceiling_price_eur": (
        "De plafondprijs in euro's: de hoogste prijs die u accepteert. "
        "Verplicht bij de lineaire formule met plafondprijs; vermeld de plafondprijs ook in de "
        "aanbestedingsstukken."
    ),
    "AwardModel.max_points": (
        "Het totaal aantal punten dat bij de methode gewogen punten te behalen is, "
        "voor prijs en kwaliteit samen. Meestal 100."
    ),
    "AwardModel.quality_value_eur": (
        "Alleen bij gunnen op waarde: hoeveel euro een perfecte kwaliteitsscore waard is. "
        "Elk subcriterium krijgt een deel naar zijn weging; de behaalde waarde gaat van de "
        "inschrijfprijs af, zodat een fictieve prijs ontstaat."
    ),
    "AwardModel.scale": (
        "De schaal waarop de beoordelingscommissie scoort: 0 tot 10, een progressieve schaal "
        "(0, 25, 60 of 100 procent, en -50 procent voor een nadelige aanbieding) of een eigen schaal."
    ),
    "AwardModel.custom_scale": (
        "De stappen van uw eigen beoordelingsschaal, alleen nodig als u voor een eigen schaal kiest. "
        "Geef per stap de score en het deel van het maximum dat die oplevert."
    ),
    "AwardModel.co2_ladder": (
        "Fictieve korting op de inschrijfprijs voor inschrijvers met een certificaat op de "
        "CO2-Prestatieladder. Hoe hoger het niveau, hoe groter de korting bij de beoordeling."
    ),
    "AwardModel.lcc": (
        "Uitgangspunten voor de levenscycluskosten (TCO): periode, discontovoet, energie- en "
        "CO2-prijzen. Nodig bij gunnen op laagste kosten of als u LCC als subcriterium gebruikt."
    ),
    "AwardModel.motivation": (
        "Waarom u gunt op laagste prijs of laagste kosten en niet op beste prijs-kwaliteitverhouding. "
        "De Aanbestedingswet (art. 2.114) vraagt deze motivering; neem haar op in de aanbestedingsstukken."
    ),
    "ChosenCriterion.id": (
        "Het vaste nummer van het criterium in de catalogus. "
        "Met dit nummer is het criterium in de bijlage en in de monitoring terug te vinden."
    ),
    "ChosenCriterion.text": (
        "Uw eigen formulering van het criterium. "
        "Laat het veld leeg om de tekst uit de catalogus te gebruiken."
    ),
    "ChosenCriterion.parameters": (
        "Waarden voor de invulplekken tussen accolades in de tekst van het criterium, "
        "zoals een percentage, aantal of jaartal. Vul ze in voordat u exporteert."
    ),
    "ChosenCriterion.weight": (
        "Weging in procenten, alleen voor gunningscriteria. "
        "Samen met de prijsweging komen alle wegingen uit op 100."
    ),
    "ChosenCriterion.lot": (
        "Het perceel waarvoor het criterium geldt. Laat leeg als het voor alle percelen geldt."
    ),
    "Co2Ladder.enabled": (
        "Zet aan om de CO2-Prestatieladder mee te wegen in de gunning: "
        "een gecertificeerde inschrijver krijgt dan een fictieve korting op zijn prijs."
    ),
    "Co2Ladder.version": (
        "De versie van de ladder: 3.1 kent niveaus 1 tot en met 5, 4.0 kent treden 1 tot en met 3. "
        "Vanaf 2026 stappen aanbestedingen over op 4.0; kies de versie waarop de markt "
        "gecertificeerd is."
    ),
    "Co2Ladder.discounts_pct": (
        "De fictieve korting in procenten per niveau: vijf waarden bij versie 3.1, drie bij 4.0. "
        "Een gangbare reeks voor 3.1 is 1, 2, 4, 7 en 10 procent; bij 4.0 kiest u de kortingen zelf."
    ),
    "Co2Ladder.sanction_factor": (
        "De sanctie als de opdrachtnemer het beloofde niveau niet haalt, uitgedrukt als veelvoud "
        "van de ontvangen korting. Gebruikelijk is 1,5."
    ),
    "Influence.market_position": (
        "Hoe groot uw positie als koper in deze markt is, van 1 (kleine afnemer) tot 5 "
        "(dominante afnemer). Samen met impact en volume bepaalt dit de prioriteit in het inkoopplan."
    ),
    "Influence.innovation_need": (
        "Hoeveel behoefte en ruimte er is voor innovatie, van 1 (geen) tot 5 (hoog). "
        "Een hoge score maakt het ambitieuze niveau met functionele criteria aantrekkelijker."
    ),
    "LccInputs.years": (
        "Over hoeveel jaar u de kosten optelt, zoals de gebruiksduur van het product of de "
        "looptijd van het contract."
    ),
    "LccInputs.discount_rate_pct": (
        "De discontovoet in procenten per jaar, om toekomstige kosten naar de huidige waarde "
        "(netto contante waarde) terug te rekenen."
    ),
    "LccInputs.energy_price_eur_kwh": (
        "De energieprijs in euro per kWh in het eerste jaar. "
        "Gebruik bij voorkeur de prijs uit uw eigen energiecontract."
    ),
    "LccInputs.energy_price_change_pct": (
        "De verwachte jaarlijkse verandering van de energieprijs in procenten; "
        "een negatieve waarde betekent een daling."
    ),
    "LccInputs.co2_price_eur_t": (
        "De schaduwprijs van CO2 in euro per ton. "
        "Hiermee tellen uitstoot en energieverbruik mee als kosten in de vergelijking."
    ),
    "LccInputs.grid_kg_co2_kwh": (
        "De emissiefactor van elektriciteit in kg CO2-equivalent per kWh. "
        "Neem de factor van uw eigen stroomcontract als u groene stroom inkoopt."
    ),
    "Lot.id": (
        "Een vast, kort kenmerk van het perceel, bijvoorbeeld p1. "
        "Alleen letters, cijfers, punt, liggend streepje en underscore."
    ),
    "Lot.title": "De titel van het perceel zoals die in de aanbestedingsstukken komt.",
    "Lot.value_eur": (
        "De geraamde waarde van dit perceel in euro's, exclusief btw. "
        "De percelen samen horen de waarde van de hele opdracht te benaderen."
    ),
    "Meta.schema_version": (
        "De versie van het bestandsformaat van het plan. "
        "Wordt automatisch ingevuld; niet zelf wijzigen."
    ),
    "Meta.catalogue_version": (
        "De versie van de criteriacatalogus waarmee het plan is gemaakt. "
        "Daarmee ziet mvi-tui of criteria sindsdien zijn gewijzigd."
    ),
    "Meta.tool_version": (
        "De versie van mvi-tui die het plan het laatst heeft opgeslagen. Wordt automatisch bijgewerkt."
    ),
    "Notes.organisation": "Uw eigen notities bij de stap organisatie.",
    "Notes.ambitions": "Uw eigen notities bij de stap ambities.",
    "Notes.plan": "Uw eigen notities bij de stap strategisch inkoopplan.",
    "Notes.criteria": "Uw eigen notities bij de stap criteria.",
    "Notes.award": "Uw eigen notities bij de stap gunningsmodel.",
    "Notes.export": "Uw eigen notities bij de stap controleren en exporteren.",
    "Notes.print_in_export": (
        "Zet aan om de notities als bijlage bij het geëxporteerde beschrijvend document op te nemen. "
        "Laat uit als de notities alleen voor intern gebruik zijn."
    ),
    "Organisation.name": "De naam van de aanbestedende dienst, bijvoorbeeld Gemeente Utrecht.",
    "Organisation.kind": (
        "Het soort overheid: gemeente, provincie, waterschap, Rijk of anders. "
        "Dit bepaalt welke Europese drempel geldt voor leveringen en diensten: "
        "de lagere voor centrale overheden (Rijk) of de hogere voor decentrale overheden."
    ),
    "Organisation.yearly_spend_eur": (
        "Het totale inkoopvolume van de organisatie per jaar in euro's, exclusief btw. "
        "Een schatting uit de spendanalyse volstaat."
    ),
    "Organisation.language": (
        "De taal waarin de organisatie haar aanbestedingsstukken opstelt: nl of en."
    ),
    "Organisation.co2_baseline_t": (
        "Optioneel: de CO2-nulmeting van de inkoopuitgaven in ton CO2-equivalent. "
        "Alleen nodig als u een doel voor CO2-reductie stelt; dat doel wordt hiertegen afgezet."
    ),
    "Organisation.value_bands": (
        "Uw eigen drempelbedragen onder de Europese drempel, per soort opdracht, zoals vastgelegd "
        "in uw inkoopbeleid (Gids Proportionaliteit). Leeg betekent dat de standaardtabel geldt."
    ),
    "OwnCriterion.id": (
        "Een eigen, uniek nummer voor het criterium, bijvoorbeeld eigen-1. "
        "Alleen letters, cijfers, punt, liggend streepje en underscore."
    ),
    "OwnCriterion.type": (
        "Het soort criterium: geschiktheidseis, selectiecriterium, eis (minimumeis), "
        "gunningscriterium of contractbepaling. Dit bepaalt in welk hoofdstuk het komt."
    ),
    "OwnCriterion.level": ("Het ambitieniveau van het criterium: basis, significant of ambitieus."),
    "OwnCriterion.themes": (
        "De MVOI-thema's waaraan het criterium bijdraagt; kies er een of meer."
    ),
    "OwnCriterion.title": "Een korte titel die het criterium herkenbaar maakt in overzichten.",
    "OwnCriterion.text": (
        "De tekst van het criterium zoals die in het aanbestedingsdocument komt te staan. "
        "Formuleer concreet en toetsbaar."
    ),
    "OwnCriterion.verification": (
        "Het bewijsmiddel: waarmee de inschrijver aantoont dat hij voldoet, "
        "zoals een keurmerk, certificaat, eigen verklaring, testrapport of plan van aanpak."
    ),
    "OwnCriterion.scoring": (
        "Alleen bij gunningscriteria: hoe de commissie beoordeelt en wat tot een hoge of lage "
        "score leidt."
    ),
    "OwnCriterion.weight": (
        "Weging in procenten, alleen voor gunningscriteria. "
        "Samen met de prijsweging komen alle wegingen uit op 100."
    ),
    "Plan.meta": "Versiegegevens van het plan; worden automatisch bijgehouden.",
    "Plan.organisation": "Gegevens van de aanbestedende dienst.",
    "Plan.ambitions": "De MVI-ambities van de organisatie, per thema.",
    "Plan.procurements": (
        "Het strategisch inkoopplan: de geplande inkopen, met per inkoop waarde, looptijd "
        "en ambitieniveau."
    ),
    "Plan.notes": "Notities van de adviseur of inkoper, per stap van de wizard.",
    "Procurement.id": (
        "Een vast, kort kenmerk van de inkoop; het komt terug in de bestandsnamen van de export. "
        "Alleen letters, cijfers, punt, liggend streepje en underscore."
    ),
    "Procurement.title": "De titel van de inkoop, zoals die in het inkoopplan en de stukken staat.",
    "Procurement.product_group": (
        "De productgroep uit de catalogus. "
        "Die bepaalt welke criteria worden voorgesteld, de geschatte CO2-impact en het ISV-risico."
    ),
    "Procurement.contract_type": (
        "Het soort opdracht: werken, leveringen, diensten of sociale diensten. "
        "Dit bepaalt welke Europese drempel en welke drempelbedragen gelden."
    ),
    "Procurement.value_eur": (
        "De geraamde waarde over de hele looptijd, inclusief alle verlengingsopties, "
        "in euro's exclusief btw. Op basis hiervan bepaalt u of Europees aanbesteden verplicht is."
    ),
    "Procurement.start": "De geplande ingangsdatum van het contract.",
    "Procurement.duration_months": (
        "De looptijd van het contract in maanden, zonder verlengingsopties."
    ),
    "Procurement.options_months": (
        "Het totaal aan mogelijke verlengingen in maanden, bijvoorbeeld 24 voor twee keer een jaar. "
        "Vul 0 in als er geen opties zijn."
    ),
    "Procurement.description": (
        "Wat u inkoopt: de omvang en inhoud van de opdracht, in een paar zinnen."
    ),
    "Procurement.lots": (
        "De percelen, als u de opdracht opdeelt. "
        "Laat leeg als de opdracht als geheel wordt aanbesteed."
    ),
    "Procurement.level": (
        "Het gekozen ambitieniveau voor deze inkoop: basis, significant of ambitieus. "
        "Leeg betekent dat het voorgestelde niveau geldt."
    ),
    "Procurement.influence": (
        "Hoeveel invloed de organisatie met deze inkoop op de markt heeft; "
        "telt mee in de prioriteit binnen het inkoopplan."
    ),
    "Procurement.tender": (
        "Het concept van de aanbesteding: procedure, criteria, gunningsmodel en planning. "
        "Ontstaat zodra u voor deze inkoop begint met opstellen."
    ),
    "ScaleStep.score": "De score die de beoordelingscommissie geeft, bijvoorbeeld 3.",
    "ScaleStep.fraction": (
        "Welk deel van het maximum aantal punten of de maximale waarde deze score oplevert, "
        "als getal tussen -1 en 1; 0,6 betekent 60 procent."
    ),
    "ScaleStep.label": "Wat de score betekent, bijvoorbeeld 'goed'.",
    "Target.metric": (
        "Wat het doel meet: aandeel inkopen met MVI, aandeel van de uitgaven, aandeel op "
        "significant of ambitieus niveau, aandeel met een gunningscriterium, circulair aandeel, "
        "CO2-reductie, ISV-dekking, social return of een eigen indicator."
    ),
    "Target.value": "De doelwaarde in procenten, bijvoorbeeld 50.",
    "Target.year": "Het jaar waarin het doel gehaald moet zijn.",
    "Target.description": (
        "Het doel in woorden, zoals het in beleidsstukken of de rapportage staat."
    ),
    "Tender.procedure": (
        "De gekozen aanbestedingsprocedure. "
        "Laat leeg om het advies te volgen dat op grond van waarde en soort opdracht wordt gegeven."
    ),
    "Tender.procedure_reason": (
        "Waarom u voor deze procedure kiest. "
        "Wijkt u af van de Gids Proportionaliteit, leg dan hier uit waarom (pas toe of leg uit)."
    ),
    "Tender.lots_reason": (
        "Waarom de opdracht wel of niet in percelen is verdeeld. "
        "Bij niet opdelen vraagt de wet een motivering in de aanbestedingsstukken."
    ),
    "Tender.criteria": "De criteria die u uit de catalogus hebt gekozen, met uw aanpassingen.",
    "Tender.own_criteria": "Criteria die u zelf hebt geschreven en die niet in de catalogus staan.",
    "Tender.award": (
        "Het gunningsmodel: methode, prijsweging, beoordelingsschaal en instrumenten zoals "
        "de CO2-Prestatieladder en levenscycluskosten."
    ),
    "Tender.timetable": (
        "De belangrijkste data van de procedure. "
        "Een voorstel wordt berekend uit de wettelijke minimumtermijnen; u kunt elke datum aanpassen."
    ),
    "Tender.bonus_malus": (
        "Prestatieprikkels tijdens de uitvoering: een bonus voor het halen of overtreffen van "
        "een eis (met een maximum), een malus of boete bij tekortschieten."
    ),
    "Tender.notes": "Uw eigen notities bij deze aanbesteding.",
    "ThemeAmbition.level": (
        "Het standaard ambitieniveau voor dit thema: basis, significant of ambitieus. "
        "Per inkoop kunt u hiervan afwijken."
    ),
    "ThemeAmbition.targets": ("Concrete, meetbare doelen voor dit thema, elk met een jaartal."),
    "ThemeAmbition.note": (
        "Waarom de organisatie deze ambitie kiest. "
        "Deze toelichting geeft inkopers context bij het opstellen van hun aanbesteding."
    ),
    "Timetable.publication": "De datum waarop de aankondiging op TenderNed wordt gepubliceerd.",
    "Timetable.questions_deadline": (
        "De laatste dag waarop inschrijvers vragen kunnen stellen over de aanbesteding."
    ),
    "Timetable.nvi": (
        "De datum van de Nota van Inlichtingen, waarin alle vragen en antwoorden voor iedereen "
        "worden gepubliceerd. Plan die ruim voor de sluitingstermijn."
    ),
    "Timetable.submission_deadline": (
        "De uiterste datum voor het indienen van inschrijvingen of, bij een procedure met "
        "voorselectie, van verzoeken tot deelneming."
    ),
    "Timetable.award_intended": (
        "De datum waarop u het voornemen tot gunning aan de inschrijvers bekendmaakt."
    ),
    "Timetable.standstill_end": (
        "Het einde van de Alcateltermijn (opschortende termijn) na het gunningsvoornemen. "
        "Pas daarna mag het contract worden gesloten."
    ),
    "Timetable.contract_start": "De datum waarop het contract ingaat.",
    "ValueBand.contract_type": "Het soort opdracht waarvoor dit drempelbedrag geldt.",
    "ValueBand.max_eur": (
        "De bovengrens van deze band in euro's, exclusief btw. "
        "Alleen opdrachten met een lagere waarde vallen in de band; het bedrag zelf niet meer."
    ),
    "ValueBand.procedure": (
        "De procedure die u adviseert voor opdrachten onder deze grens, "
        "bijvoorbeeld enkelvoudig of meervoudig onderhands."
    ),
}
