"""The fixed texts of the tender document, in Dutch and English, in our own words.

They read like the standard paragraphs of a Dutch beschrijvend document or
aanbestedingsleidraad, because the buyer publishes what comes out after filling in the
`[[...]]` marks. Each entry is (Dutch, English); `{name}` fields are filled by the
builder with values that are already formatted for the language.
"""

from __future__ import annotations

from mvi_tui.core.enums import ContractType, CriterionType, OrgKind, Procedure

TEXTS: dict[str, tuple[str, str]] = {
    # --- front matter and labels -------------------------------------------------------
    "status": (
        "Concept, opgesteld met mvi-tui op {date}. Wat tussen dubbele haken staat ([[zo]]) vult u nog in; een overzicht staat aan het einde van dit document.",
        "Draft prepared with mvi-tui on {date}. Text between double brackets ([[like this]]) must still be filled in; a list is at the end of this document.",
    ),
    "contents": ("Inhoud", "Contents"),
    "draft": ("Concept", "Draft"),
    "toc_hint": (
        "Werk de inhoudsopgave bij via rechtsklik > Veld bijwerken.",
        "Update the table of contents with right-click > Update field.",
    ),
    "kind_descriptive": ("Beschrijvend document", "Descriptive document"),
    "kind_selection": ("Selectie- en gunningsleidraad", "Selection and award guidelines"),
    "kind_quote": ("Offerteaanvraag", "Request for quotation"),
    "kind_generic": ("Aanbestedingsleidraad", "Tender guidelines"),
    "ph_org": ("naam aanbestedende dienst", "name of the contracting authority"),
    # --- chapter 1 ----------------------------------------------------------------------
    "ch_intro": ("Inleiding", "Introduction"),
    "s_authority": ("De aanbestedende dienst", "The contracting authority"),
    "authority": (
        "{org} ({kind}) is de aanbestedende dienst voor deze opdracht en wordt in dit document verder 'de opdrachtgever' genoemd.",
        "{org} ({kind}) is the contracting authority for this contract and is referred to in this document as 'the contracting authority'.",
    ),
    "contact": (
        "Contactpersoon voor deze aanbesteding is [[naam, functie en e-mailadres van de contactpersoon]]. Vragen over de inhoud stelt u uitsluitend via {channel} (zie paragraaf {section}).",
        "The contact person for this tender is [[name, position and e-mail address of the contact person]]. Questions about its content are to be asked only through {channel} (see section {section}).",
    ),
    "s_background": ("Aanleiding en doel", "Background and purpose"),
    "ph_background": (
        "aanleiding en doel van de opdracht",
        "background and purpose of the contract",
    ),
    "group_line": (
        "De opdracht valt in de productgroep {group} (cluster {cluster}): {description}",
        "The contract belongs to the product group {group} (cluster {cluster}): {description}",
    ),
    "s_mvi": (
        "Maatschappelijk verantwoord opdrachtgeven en inkopen",
        "Socially responsible procurement",
    ),
    "mvi_intro": (
        "{org} wil met zijn inkoop bijdragen aan een duurzame en sociaal rechtvaardige samenleving en heeft daarvoor per thema ambities vastgesteld. Voor deze opdracht zijn de volgende ambities van belang:",
        "{org} wants its purchasing to contribute to a sustainable and socially fair society and has set ambitions per theme for that. The following ambitions matter for this contract:",
    ),
    "mvi_none": (
        "{org} heeft voor de thema's van deze opdracht nog geen ambities vastgelegd: [[MVI-beleid en ambities van de organisatie]].",
        "{org} has not yet set ambitions for the themes of this contract: [[the organisation's MVI policy and ambitions]].",
    ),
    "col_theme": ("Thema", "Theme"),
    "col_level": ("Ambitieniveau", "Ambition level"),
    "col_targets": ("Doelen", "Targets"),
    "no_targets": ("geen concrete doelen", "no concrete targets"),
    "target": ("{text} ({value} in {year})", "{text} ({value} by {year})"),
    "ambition_note": ("Toelichting bij {theme}: {note}", "Note on {theme}: {note}"),
    "why": (
        "Waarom deze opdracht ertoe doet: de productgroep {group} heeft vooral invloed op {themes}.",
        "Why this contract matters: the product group {group} mainly affects {themes}.",
    ),
    "impact": (
        "De uitstoot die met deze opdracht samenhangt, schat de opdrachtgever op ongeveer {tonnes} ton CO2-equivalent. {basis}",
        "The contracting authority estimates the emissions associated with this contract at about {tonnes} tonnes CO2-equivalent. {basis}",
    ),
    "level_line": (
        "De opdracht is opgesteld op ambitieniveau {level}: {description}",
        "The contract has been drafted at ambition level {level}: {description}",
    ),
    "criteria_count": (
        "Dit document bevat {counts}. Bijlage A geeft een overzicht met de nummers en thema's.",
        "This document contains {counts}. Annex A lists them with their numbers and themes.",
    ),
    "criteria_none": (
        "Dit document bevat (nog) geen MVI-criteria.",
        "This document does not (yet) contain any MVI criteria.",
    ),
    "and": ("en", "and"),
    "s_definitions": ("Begrippen", "Definitions"),
    "col_term": ("Begrip", "Term"),
    "col_meaning": ("Betekenis", "Meaning"),
    # --- chapter 2 ----------------------------------------------------------------------
    "ch_contract": ("De opdracht", "The contract"),
    "s_scope": ("Omvang van de opdracht", "Scope of the contract"),
    "scope": ("De opdracht '{title}' is {phrase}.", "The contract '{title}' is {phrase}."),
    "volumes": (
        "Omvang en volumes: [[aantallen, locaties en verwachte afname]].",
        "Scope and volumes: [[quantities, locations and expected call-offs]].",
    ),
    "s_lots": ("Percelen", "Lots"),
    "lots_yes": (
        "De opdracht is verdeeld in {n} percelen. Een inschrijver mag op één of meer percelen inschrijven; de opdrachtgever gunt elk perceel afzonderlijk.",
        "The contract is divided into {n} lots. A bidder may bid for one or more lots; the contracting authority awards each lot separately.",
    ),
    "lots_no": (
        "De opdracht is niet in percelen verdeeld.",
        "The contract is not divided into lots.",
    ),
    "ph_lots_reason": (
        "motivering waarom de opdracht niet in percelen is verdeeld (artikel 1.5 Aanbestedingswet 2012)",
        "reason why the contract is not divided into lots (Article 1.5 Dutch Public Procurement Act 2012)",
    ),
    "col_lot": ("Perceel", "Lot"),
    "col_description": ("Omschrijving", "Description"),
    "col_value": ("Geraamde waarde", "Estimated value"),
    "s_term": ("Looptijd en opties", "Term and options"),
    "term": (
        "De overeenkomst gaat in op {start} en heeft een looptijd van {months} maanden.",
        "The agreement starts on {start} and runs for {months} months.",
    ),
    "term_end": (
        "Zonder verlenging eindigt zij op {end}.",
        "Without extension it ends on {end}.",
    ),
    "options": (
        "De opdrachtgever kan de overeenkomst daarna eenzijdig verlengen met in totaal ten hoogste {months} maanden, tegen dezelfde voorwaarden; de uiterste einddatum is dan {end}.",
        "The contracting authority may then extend the agreement unilaterally by at most {months} months in total, on the same terms; the latest end date is then {end}.",
    ),
    "options_none": (
        "De overeenkomst kent geen verlengingsopties.",
        "The agreement has no extension options.",
    ),
    "ph_start": ("ingangsdatum", "start date"),
    "s_value": ("Geraamde waarde", "Estimated value"),
    "value": (
        "De geraamde waarde van de opdracht is {value} exclusief btw, over de hele looptijd en inclusief alle opties.",
        "The estimated value of the contract is {value} excluding VAT, over the whole term and including all options.",
    ),
    "threshold_above": (
        "Dat is boven de Europese drempelwaarde van {threshold} die voor deze opdracht geldt (drempels {period}); de opdracht wordt daarom Europees aanbesteed.",
        "That is above the European threshold of {threshold} that applies to this contract (thresholds {period}); the contract is therefore tendered under the EU rules.",
    ),
    "threshold_below": (
        "Dat is onder de Europese drempelwaarde van {threshold} die voor deze opdracht geldt (drempels {period}).",
        "That is below the European threshold of {threshold} that applies to this contract (thresholds {period}).",
    ),
    "ph_threshold": (
        "vergelijking met de Europese drempelwaarde",
        "comparison with the European threshold",
    ),
    "value_indication": (
        "De raming is een indicatie voor inschrijvers en geen toezegging van een afname.",
        "The estimate is an indication for bidders, not a commitment to purchase.",
    ),
    "s_cpv": ("CPV-codes", "CPV codes"),
    "cpv_intro": (
        "De opdracht is ingedeeld met de volgende codes uit de Common Procurement Vocabulary (CPV):",
        "The contract is classified with the following codes of the Common Procurement Vocabulary (CPV):",
    ),
    "col_code": ("Code", "Code"),
    "col_role": ("Rol", "Role"),
    "cpv_main": ("hoofdcode ({group})", "main code ({group})"),
    "cpv_related": ("aanvullende code", "additional code"),
    # --- chapter 3 ----------------------------------------------------------------------
    "ch_procedure": ("De procedure", "The procedure"),
    "s_choice": ("Keuze van de procedure", "Choice of procedure"),
    "procedure": (
        "De opdrachtgever besteedt deze opdracht aan via de {name}.",
        "The contracting authority tenders this contract using the {name}.",
    ),
    "ph_procedure": ("procedure", "procedure"),
    "ph_procedure_reason": (
        "motivering van de procedurekeuze",
        "reason for the choice of procedure",
    ),
    "reason": ("Motivering: {reason}", "Reason: {reason}"),
    "gids": (
        "De opdrachtgever volgt daarbij de Gids Proportionaliteit.",
        "In doing so the contracting authority follows the Proportionality Guide (Gids Proportionaliteit).",
    ),
    "selective": (
        "De procedure kent twee fasen. In de selectiefase toetst de opdrachtgever de verzoeken tot deelneming; daarna nodigt hij ten minste vijf en ten hoogste [[maximumaantal]] geschikte gegadigden uit om een inschrijving in te dienen.",
        "The procedure has two stages. In the selection stage the contracting authority assesses the requests to participate; it then invites at least five and at most [[maximum number]] suitable candidates to submit a bid.",
    ),
    "multiple": (
        "De opdrachtgever nodigt [[aantal, drie tot vijf]] ondernemers uit om een offerte uit te brengen.",
        "The contracting authority invites [[number, three to five]] companies to submit a quotation.",
    ),
    "single": (
        "De opdrachtgever nodigt één ondernemer uit om een offerte uit te brengen: [[naam ondernemer]].",
        "The contracting authority invites one company to submit a quotation: [[name of the company]].",
    ),
    "s_obligations": (
        "Controlelijst: wat de regels voor deze opdracht vragen",
        "Checklist: what the rules require for this contract",
    ),
    "obligation_advised": ("(aanbevolen)", "(advised)"),
    "s_timetable": ("Planning", "Timetable"),
    "col_step": ("Stap", "Step"),
    "col_date": ("Datum", "Date"),
    "t_publication": (
        "Publicatie van de aankondiging op TenderNed",
        "Publication of the notice on TenderNed",
    ),
    "t_invitation": ("Verzending van de uitnodiging", "Invitation sent"),
    "t_questions": ("Uiterste datum voor vragen", "Deadline for questions"),
    "t_nvi": (
        "Publicatie van de Nota van Inlichtingen",
        "Publication of the answers (Nota van Inlichtingen)",
    ),
    "t_submission": ("Uiterste datum voor inschrijving", "Deadline for bids"),
    "t_award": ("Voorgenomen gunningsbeslissing", "Intended award decision"),
    "t_standstill": ("Einde van de opschortende termijn", "End of the standstill period"),
    "t_start": ("Beoogde ingangsdatum van de overeenkomst", "Intended start of the agreement"),
    "ph_date": ("datum", "date"),
    "timetable_note": (
        "De data zijn indicatief. Wijzigt de planning, dan maakt de opdrachtgever dat bekend via een Nota van Inlichtingen.",
        "The dates are indicative. If the timetable changes, the contracting authority announces this in a Nota van Inlichtingen.",
    ),
    "time_limits": (
        "De planning rust op deze termijnen:",
        "The timetable is based on these time limits:",
    ),
    "s_communication": (
        "Communicatie, vragen en indienen",
        "Communication, questions and submission",
    ),
    "communication": (
        "Alle communicatie over deze aanbesteding verloopt via {channel}. Vragen stelt u vóór de uiterste datum in de planning. De opdrachtgever beantwoordt ze geanonimiseerd in een Nota van Inlichtingen; die maakt deel uit van de aanbestedingsstukken en gaat bij tegenstrijdigheid voor op dit document.",
        "All communication about this tender goes through {channel}. Ask questions before the deadline in the timetable. The contracting authority answers them anonymously in a Nota van Inlichtingen, which forms part of the tender documents and prevails over this document in case of conflict.",
    ),
    "grossmann": (
        "Ziet een inschrijver een fout, tegenstrijdigheid of onduidelijkheid in de stukken, dan meldt hij die vóór de uiterste datum voor vragen; doet hij dat niet, dan kan hij zich daar later niet meer op beroepen.",
        "A bidder who finds an error, contradiction or ambiguity in the documents reports it before the deadline for questions; if it does not, it cannot rely on it later.",
    ),
    "submission": (
        "Dien de inschrijving in via {channel} vóór de uiterste datum in de planning; een te late inschrijving wordt niet beoordeeld. De inschrijving is onvoorwaardelijk en blijft negentig dagen na die datum geldig.",
        "Submit the bid through {channel} before the deadline in the timetable; a late bid is not assessed. The bid is unconditional and remains valid for ninety days after that date.",
    ),
    "channel_tenderned": ("TenderNed", "TenderNed"),
    "channel_mail": (
        "de contactpersoon (per e-mail)",
        "the contact person (by e-mail)",
    ),
    "s_complaints": ("Klachten", "Complaints"),
    "complaints": (
        "Een klacht over deze aanbesteding meldt u zo snel mogelijk bij het klachtenmeldpunt van de opdrachtgever: [[contactgegevens klachtenmeldpunt]]. Een klacht schort de procedure niet op. Bent u het niet eens met de afhandeling, dan kunt u de Commissie van Aanbestedingsexperts om advies vragen.",
        "Report a complaint about this tender as soon as possible to the complaints desk of the contracting authority: [[contact details of the complaints desk]]. A complaint does not suspend the procedure. If you disagree with how it was handled, you may ask the Commissie van Aanbestedingsexperts (the national procurement complaints board) for advice.",
    ),
    # --- chapter 4 ----------------------------------------------------------------------
    "ch_exclusion": ("Uitsluitingsgronden", "Exclusion grounds"),
    "excl_eu": (
        "Een inschrijver op wie een van de verplichte uitsluitingsgronden van artikel 2.86 van de Aanbestedingswet 2012 van toepassing is, wordt uitgesloten. Daarnaast past de opdrachtgever de volgende facultatieve uitsluitingsgronden van artikel 2.87 toe: [[facultatieve uitsluitingsgronden die gelden]].",
        "A bidder to whom one of the mandatory exclusion grounds of Article 2.86 of the Dutch Public Procurement Act 2012 applies is excluded. The contracting authority also applies the following discretionary exclusion grounds of Article 2.87: [[discretionary exclusion grounds that apply]].",
    ),
    "excl_espd": (
        "De inschrijver verklaart dit met het Uniform Europees Aanbestedingsdocument (UEA), dat hij via TenderNed invult en bij zijn inschrijving voegt. Bij een combinatie, en bij een beroep op de capaciteit van derden, vult iedere betrokken ondernemer een eigen UEA in.",
        "The bidder declares this in the European Single Procurement Document (ESPD), completed through TenderNed and submitted with the bid. In a consortium, and where the bidder relies on the capacity of others, each company involved completes its own ESPD.",
    ),
    "excl_proof": (
        "Voordat de opdrachtgever definitief gunt, vraagt hij de beoogde winnaar om de bewijsstukken: een Gedragsverklaring Aanbesteden van niet ouder dan twee jaar en een verklaring betalingsgedrag van de Belastingdienst van niet ouder dan zes maanden.",
        "Before the final award the contracting authority asks the intended winner for evidence: a certificate of conduct for tenders (Gedragsverklaring Aanbesteden) not older than two years and a tax compliance statement from the Dutch Tax Administration not older than six months.",
    ),
    "excl_national": (
        "De inschrijver verklaart met de Eigen Verklaring (het model bij de Aanbestedingswet 2012) dat er geen uitsluitingsgronden op hem van toepassing zijn en dat hij voldoet aan de geschiktheidseisen. De opdrachtgever past de volgende uitsluitingsgronden toe: [[uitsluitingsgronden die gelden]].",
        "The bidder declares in the Eigen Verklaring (the self-declaration model of the Dutch Public Procurement Act 2012) that no exclusion grounds apply to it and that it meets the suitability requirements. The contracting authority applies the following exclusion grounds: [[exclusion grounds that apply]].",
    ),
    "excl_national_proof": (
        "Alleen de beoogde winnaar levert daarna de bewijsstukken, zoals een Gedragsverklaring Aanbesteden.",
        "Only the intended winner then provides the evidence, such as a certificate of conduct for tenders.",
    ),
    "excl_unknown": (
        "[[uitsluitingsgronden en verklaring: UEA boven de Europese drempel, Eigen Verklaring daaronder]]",
        "[[exclusion grounds and declaration: ESPD above the EU threshold, Eigen Verklaring below it]]",
    ),
    # --- chapter 5 ----------------------------------------------------------------------
    "ch_suitability": ("Geschiktheid en selectie", "Suitability and selection"),
    "s_suitability": ("Geschiktheidseisen", "Suitability requirements"),
    "suitability_intro": (
        "Met de geschiktheidseisen toont de inschrijver aan dat hij de opdracht kan uitvoeren. De eisen staan in verhouding tot de aard en omvang van de opdracht. Bij de inschrijving volstaat de {declaration}; de bewijsmiddelen vraagt de opdrachtgever alleen op bij de beoogde winnaar.",
        "The suitability requirements show that the bidder is able to perform the contract. They are proportionate to the nature and size of the contract. At the bid stage the {declaration} suffices; the contracting authority asks only the intended winner for the evidence.",
    ),
    "decl_espd": ("UEA", "ESPD"),
    "decl_own": ("Eigen Verklaring", "Eigen Verklaring (self-declaration)"),
    "suitability_other": (
        "Overige geschiktheidseisen: [[financiële en economische draagkracht en technische bekwaamheid, zoals referentieopdrachten]].",
        "Other suitability requirements: [[economic and financial standing and technical ability, such as reference contracts]].",
    ),
    "s_selection": ("Selectiecriteria", "Selection criteria"),
    "selection_intro": (
        "Zijn meer gegadigden geschikt dan de opdrachtgever uitnodigt, dan rangschikt hij hen met de volgende selectiecriteria:",
        "Where more candidates are suitable than the contracting authority will invite, it ranks them with the following selection criteria:",
    ),
    # --- chapter 6 ----------------------------------------------------------------------
    "ch_requirements": ("Programma van eisen", "Programme of requirements"),
    "req_intro": (
        "Dit programma van eisen beschrijft waaraan de opdracht ten minste moet voldoen. Alle eisen zijn knock-outeisen: een inschrijving die niet aan een eis voldoet, is ongeldig en wordt niet verder beoordeeld. Met zijn inschrijving verklaart de inschrijver dat hij aan alle eisen voldoet; de bewijsmiddelen levert de beoogde winnaar op verzoek binnen tien werkdagen.",
        "This programme of requirements describes what the contract must at least meet. All requirements are knock-out requirements: a bid that fails one is invalid and is not assessed further. By bidding, the bidder declares that it meets all requirements; the intended winner provides the means of proof within ten working days of a request.",
    ),
    "s_functional": ("Functionele en technische eisen", "Functional and technical requirements"),
    "functional": (
        "[[functionele en technische eisen aan de opdracht]]",
        "[[functional and technical requirements of the contract]]",
    ),
    "s_mvi_requirements": ("Duurzaamheidseisen (MVI)", "Sustainability requirements (MVI)"),
    "req_none": (
        "Deze aanbesteding bevat geen MVI-minimumeisen.",
        "This tender contains no MVI minimum requirements.",
    ),
    "f_proof": ("Bewijsmiddel", "Means of proof"),
    "f_lot": ("Perceel", "Lot"),
    "f_weight": ("Weging", "Weight"),
    "f_scoring": ("Beoordeling", "Scoring"),
    "f_check": ("Toetsing", "Verification"),
    "f_ref": ("Criteriumnummer", "Criterion number"),
    "f_own": ("eigen criterium", "own criterion"),
    # --- chapter 7 ----------------------------------------------------------------------
    "ch_award": ("Gunning", "Award"),
    "s_method": ("Gunningscriterium", "Award criterion"),
    "m_weighted": (
        "De opdrachtgever gunt op basis van de beste prijs-kwaliteitverhouding (artikel 2.114 Aanbestedingswet 2012). Elke inschrijving krijgt punten voor prijs en voor kwaliteit; die worden gewogen en opgeteld. De inschrijving met de meeste punten, ten hoogste {max}, wint.",
        "The contracting authority awards on the basis of the best price-quality ratio (Article 2.114 Dutch Public Procurement Act 2012). Each bid earns points for price and for quality; these are weighted and added up. The bid with the most points, at most {max}, wins.",
    ),
    "m_value": (
        "De opdrachtgever gunt op basis van de beste prijs-kwaliteitverhouding volgens de methode gunnen op waarde. De kwaliteit van een inschrijving wordt in euro's uitgedrukt en van de inschrijfprijs afgetrokken; zo ontstaat een fictieve inschrijfprijs. De inschrijving met de laagste fictieve inschrijfprijs wint.",
        "The contracting authority awards on the basis of the best price-quality ratio using the value-based method (gunnen op waarde). The quality of a bid is expressed in euros and deducted from the bid price, giving a fictive bid price. The bid with the lowest fictive bid price wins.",
    ),
    "m_value_max": (
        "De kwaliteitswaarde is ten hoogste {value}; elk subcriterium draagt daaraan bij naar verhouding van zijn weging.",
        "The quality value is at most {value}; each sub-criterion contributes in proportion to its weight.",
    ),
    "m_value_ph": (
        "De kwaliteitswaarde is ten hoogste [[maximale kwaliteitswaarde in euro's]].",
        "The quality value is at most [[maximum quality value in euros]].",
    ),
    "m_ratio": (
        "De opdrachtgever gunt op basis van de beste prijs-kwaliteitverhouding. Per inschrijving deelt hij de gewogen kwaliteitsscore door de inschrijfprijs; de inschrijving met de hoogste uitkomst wint.",
        "The contracting authority awards on the basis of the best price-quality ratio. For each bid it divides the weighted quality score by the bid price; the bid with the highest result wins.",
    ),
    "m_cost": (
        "De opdrachtgever gunt op basis van de laagste kosten op basis van kosteneffectiviteit: de levenscycluskosten volgens paragraaf {section}. De inschrijving met de laagste levenscycluskosten wint.",
        "The contracting authority awards on the basis of the lowest cost using a cost-effectiveness approach: the life-cycle cost as described in section {section}. The bid with the lowest life-cycle cost wins.",
    ),
    "m_price": (
        "De opdrachtgever gunt op basis van de laagste prijs: de geldige inschrijving met de laagste inschrijfprijs wint.",
        "The contracting authority awards on the basis of the lowest price: the valid bid with the lowest bid price wins.",
    ),
    "motivation": ("Motivering: {text}", "Reason: {text}"),
    "ph_motivation": (
        "motivering waarom niet op de beste prijs-kwaliteitverhouding wordt gegund (artikel 2.114 Aanbestedingswet 2012)",
        "reason for not awarding on the best price-quality ratio (Article 2.114 Dutch Public Procurement Act 2012)",
    ),
    "s_weights": ("Subgunningscriteria en weging", "Sub-criteria and weights"),
    "weights_intro": (
        "De opdrachtgever beoordeelt de inschrijvingen op de volgende onderdelen:",
        "The contracting authority assesses the bids on the following elements:",
    ),
    "col_criterion": ("Criterium", "Criterion"),
    "col_number": ("Nr.", "No."),
    "col_weight": ("Weging", "Weight"),
    "row_price": ("Prijs", "Price"),
    "row_cost": ("Levenscycluskosten", "Life-cycle cost"),
    "row_total": ("Totaal", "Total"),
    "ph_weight": ("weging", "weight"),
    "s_scale": (
        "Beoordelingsschaal en beoordelingscommissie",
        "Scoring scale and evaluation committee",
    ),
    "scale_010": (
        "De beoordelingscommissie geeft per subcriterium een score van 0 tot en met 10. De score bepaalt welk deel van de punten voor dat subcriterium de inschrijving krijgt:",
        "The evaluation committee gives a score from 0 to 10 for each sub-criterion. The score decides which share of the points for that sub-criterion the bid receives:",
    ),
    "scale_prog": (
        "De beoordelingscommissie gebruikt een progressieve schaal: een duidelijk betere inschrijving verdient naar verhouding meer, en een aanbod dat nadelig is voor de opdrachtgever kost waarde.",
        "The evaluation committee uses a progressive scale: a clearly better bid earns proportionally more, and an offer that is disadvantageous to the contracting authority costs value.",
    ),
    "scale_custom": (
        "De beoordelingscommissie gebruikt de volgende schaal:",
        "The evaluation committee uses the following scale:",
    ),
    "col_score": ("Score", "Score"),
    "col_share": ("Deel van het maximum", "Share of the maximum"),
    "sc_10": ("uitstekend: overtuigt op alle punten", "excellent: convincing on every point"),
    "sc_8": ("goed: duidelijke meerwaarde", "good: clear added value"),
    "sc_6": ("voldoende: enige meerwaarde", "adequate: some added value"),
    "sc_4": ("matig: weinig meerwaarde", "weak: little added value"),
    "sc_2": ("onvoldoende: nauwelijks uitgewerkt", "poor: hardly worked out"),
    "sc_0": ("niet beantwoord of geen meerwaarde", "not answered or no added value"),
    "committee": (
        "Een beoordelingscommissie van ten minste drie deskundigen beoordeelt de kwaliteit. De leden beoordelen eerst ieder afzonderlijk en zonder kennis van de prijzen; daarna stellen zij in een consensusoverleg per subcriterium één score vast, met een korte motivering.",
        "An evaluation committee of at least three experts assesses the quality. The members first score each bid individually and without knowing the prices; they then agree one score per sub-criterion in a consensus meeting, with a short justification.",
    ),
    "s_subcriteria": ("Beoordeling per subcriterium", "Scoring per sub-criterion"),
    "plan_of_approach": (
        "De inschrijver beschrijft zijn aanbod per subcriterium in een plan van aanpak van ten hoogste [[maximumaantal pagina's]] A4. Wat hij aanbiedt, wordt een verplichting in de overeenkomst.",
        "The bidder describes its offer per sub-criterion in a plan of approach of at most [[maximum number of pages]] A4 pages. What it offers becomes an obligation in the agreement.",
    ),
    "award_none": (
        "Deze aanbesteding bevat geen kwalitatieve subgunningscriteria.",
        "This tender contains no quality sub-criteria.",
    ),
    "s_price": ("Prijs", "Price"),
    "price_form": (
        "De inschrijfprijs is de totaalprijs in euro's exclusief btw volgens het prijzenblad: [[prijzenblad]].",
        "The bid price is the total price in euros excluding VAT according to the price form: [[price form]].",
    ),
    "price_relative": (
        "De laagste inschrijfprijs krijgt het maximale aantal punten voor prijs; de andere inschrijvingen krijgen naar verhouding minder: punten voor prijs = laagste inschrijfprijs / inschrijfprijs x maximale punten voor prijs.",
        "The lowest bid price earns the maximum points for price; other bids earn proportionally fewer: points for price = lowest bid price / bid price x maximum points for price.",
    ),
    "price_linear": (
        "De punten voor prijs lopen lineair af van het maximum bij de laagste inschrijfprijs tot nul bij de plafondprijs van {ceiling}: punten voor prijs = (plafondprijs - inschrijfprijs) / (plafondprijs - laagste inschrijfprijs) x maximale punten voor prijs. Een inschrijving op of boven de plafondprijs krijgt nul punten voor prijs.",
        "Points for price fall linearly from the maximum at the lowest bid price to zero at the ceiling price of {ceiling}: points for price = (ceiling price - bid price) / (ceiling price - lowest bid price) x maximum points for price. A bid at or above the ceiling price earns no points for price.",
    ),
    "ph_ceiling": ("plafondprijs", "ceiling price"),
    "price_fictive": (
        "Fictieve inschrijfprijs = inschrijfprijs - kwaliteitswaarde{ladder}.",
        "Fictive bid price = bid price - quality value{ladder}.",
    ),
    "price_fictive_ladder": (
        " - fictieve korting CO2-Prestatieladder",
        " - fictive discount for the CO2 Performance Ladder",
    ),
    "price_ratio": (
        "De inschrijfprijs telt mee als noemer van de prijs-kwaliteitverhouding.",
        "The bid price is the denominator of the price-quality ratio.",
    ),
    "s_ladder": ("CO2-Prestatieladder", "CO2 Performance Ladder"),
    "ladder": (
        "De opdrachtgever beloont inschrijvers die aantoonbaar werken aan CO2-reductie met een fictieve korting op hun inschrijfprijs, afhankelijk van hun {step} op de CO2-Prestatieladder (versie {version}). De korting geldt alleen voor de beoordeling; de opdrachtnemer ontvangt de volledige inschrijfprijs.",
        "The contracting authority rewards bidders who demonstrably work on CO2 reduction with a fictive discount on their bid price, depending on their {step} on the CO2 Performance Ladder (version {version}). The discount counts only in the evaluation; the contractor is paid the full bid price.",
    ),
    "step_level": ("niveau", "level"),
    "step_trede": ("trede", "step (trede)"),
    "col_ladder": ("Niveau op de ladder", "Level on the ladder"),
    "ph_discount": ("korting", "discount"),
    "col_discount": ("Fictieve korting", "Fictive discount"),
    "ladder_example": (
        "Voorbeeld: een inschrijving van {price} op {step} {level} wordt beoordeeld als {fictive}.",
        "Example: a bid of {price} at {step} {level} is evaluated as {fictive}.",
    ),
    "ladder_proof": (
        "Het {step} blijkt uit een geldig certificaat. Heeft de inschrijver nog geen certificaat, dan verklaart hij dat hij het aangeboden {step} binnen een jaar na gunning gecertificeerd heeft.",
        "The {step} is shown by a valid certificate. A bidder without a certificate declares that it will be certified at the {step} offered within one year of the award.",
    ),
    "ladder_sanction": (
        "Haalt of houdt de opdrachtnemer het aangeboden {step} niet, dan betaalt hij een boete van {factor} keer het fictieve voordeel dat hij in de beoordeling kreeg.",
        "If the contractor does not reach or keep the {step} offered, it pays a penalty of {factor} times the fictive advantage it received in the evaluation.",
    ),
    "s_lcc": ("Levenscycluskosten (LCC)", "Life-cycle cost (LCC)"),
    "lcc": (
        "De opdrachtgever berekent per inschrijving de levenscycluskosten over {years} jaar: aanschaf, installatie, energieverbruik, onderhoud en de kosten of restwaarde aan het einde van de gebruiksduur. Toekomstige kosten worden contant gemaakt. De CO2-uitstoot van het energieverbruik telt mee tegen een schaduwprijs. De inschrijver levert de gegevens in het LCC-invulblad: [[LCC-invulblad]].",
        "For each bid the contracting authority calculates the life-cycle cost over {years} years: purchase, installation, energy use, maintenance and the cost or residual value at the end of use. Future costs are discounted to present value. The CO2 emissions of the energy use are priced at a shadow price. The bidder provides the data in the LCC form: [[LCC form]].",
    ),
    "col_parameter": ("Parameter", "Parameter"),
    "lcc_years": ("Beschouwde periode", "Period considered"),
    "lcc_rate": ("Disconteringsvoet per jaar", "Discount rate per year"),
    "lcc_energy": ("Energieprijs in het eerste jaar", "Energy price in the first year"),
    "lcc_change": (
        "Jaarlijkse verandering van de energieprijs",
        "Yearly change of the energy price",
    ),
    "lcc_co2": ("Schaduwprijs CO2", "Shadow price of CO2"),
    "lcc_grid": ("Emissiefactor elektriciteit", "Emission factor of electricity"),
    "u_years": ("{n} jaar", "{n} years"),
    "u_kwh": ("{value} per kWh", "{value} per kWh"),
    "u_tonne": ("{value} per ton CO2-eq", "{value} per tonne CO2-eq"),
    "u_grid": ("{value} kg CO2-eq per kWh", "{value} kg CO2-eq per kWh"),
    "s_tie": ("Gelijke eindscore en gunningsbeslissing", "Equal scores and award decision"),
    "tie_quality": (
        "Hebben twee of meer inschrijvingen dezelfde eindscore, dan wint de inschrijving met de hoogste score op kwaliteit. Is ook die gelijk, dan beslist loting in aanwezigheid van een notaris.",
        "If two or more bids have the same final score, the bid with the highest quality score wins. If that is equal too, lots are drawn in the presence of a notary.",
    ),
    "tie_price": (
        "Hebben twee of meer inschrijvingen dezelfde uitkomst, dan beslist loting in aanwezigheid van een notaris.",
        "If two or more bids have the same result, lots are drawn in the presence of a notary.",
    ),
    "decision": (
        "De opdrachtgever maakt de gunningsbeslissing tegelijk aan alle inschrijvers bekend, met de scores en de redenen.",
        "The contracting authority announces the award decision to all bidders at the same time, with the scores and the reasons.",
    ),
    "standstill": (
        "Daarna geldt een opschortende termijn{days}; pas daarna sluit de opdrachtgever de overeenkomst.",
        "A standstill period{days} then applies; only after it does the contracting authority sign the agreement.",
    ),
    "standstill_days": (" van {days} kalenderdagen", " of {days} calendar days"),
    # --- chapter 8 ----------------------------------------------------------------------
    "ch_agreement": ("De overeenkomst", "The agreement"),
    "s_conditions": ("Overeenkomst en algemene voorwaarden", "Agreement and general terms"),
    "conditions": (
        "De opdrachtgever sluit met de winnaar een overeenkomst volgens de conceptovereenkomst: [[conceptovereenkomst]]. Daarop zijn van toepassing: [[algemene voorwaarden]] (gangbaar voor deze opdracht: {usual}). Algemene voorwaarden van de inschrijver zijn uitgesloten.",
        "The contracting authority signs an agreement with the winner following the draft agreement: [[draft agreement]]. The following general terms apply: [[general terms]] (usual for this contract: {usual}). The bidder's own general terms are excluded.",
    ),
    "usual_works": (
        "UAV 2012, of UAV-GC 2005 bij een geïntegreerd contract",
        "UAV 2012, or UAV-GC 2005 for an integrated contract",
    ),
    "usual_supplies": (
        "ARIV of de eigen algemene inkoopvoorwaarden",
        "ARIV or the authority's own general purchasing terms",
    ),
    "usual_services": (
        "ARVODI of de eigen algemene inkoopvoorwaarden",
        "ARVODI or the authority's own general purchasing terms",
    ),
    "usual_ict": ("ARBIT", "ARBIT"),
    "s_clauses": (
        "Bijzondere uitvoeringsvoorwaarden (MVI)",
        "Special performance conditions (MVI)",
    ),
    "clauses_intro": (
        "De volgende bepalingen worden opgenomen in de overeenkomst. Zij gelden tijdens de uitvoering; de opdrachtnemer toont de naleving aan zoals bij elke bepaling staat.",
        "The following clauses are included in the agreement. They apply during performance; the contractor shows compliance as stated for each clause.",
    ),
    "clauses_none": (
        "Deze aanbesteding bevat geen aanvullende MVI-contractbepalingen.",
        "This tender contains no additional MVI contract clauses.",
    ),
    "s_isv": ("Internationale sociale voorwaarden (ISV)", "International social conditions (ISV)"),
    "isv_category": (
        "De opdracht valt in de ISV-risicocategorie {category}.",
        "The contract falls within the ISV risk category {category}.",
    ),
    "isv": (
        "Voor deze opdracht gelden de internationale sociale voorwaarden. De opdrachtnemer spant zich aantoonbaar in om misstanden in zijn productieketen op het gebied van mensenrechten, arbeidsomstandigheden en milieu te voorkomen en aan te pakken, volgens de OESO-richtlijnen voor multinationale ondernemingen en de UN Guiding Principles on Business and Human Rights. Daarbij horen in ieder geval de fundamentele ILO-verdragen: 29 en 105 (dwangarbeid), 87 en 98 (vrijheid van vakvereniging en collectief onderhandelen), 100 en 111 (discriminatie), 138 en 182 (kinderarbeid) en 155 en 187 (veiligheid en gezondheid).",
        "The international social conditions apply to this contract. The contractor makes demonstrable efforts to prevent and address abuses in its supply chain concerning human rights, working conditions and the environment, following the OECD Guidelines for Multinational Enterprises and the UN Guiding Principles on Business and Human Rights. These include at least the fundamental ILO conventions: 29 and 105 (forced labour), 87 and 98 (freedom of association and collective bargaining), 100 and 111 (discrimination), 138 and 182 (child labour) and 155 and 187 (safety and health).",
    ),
    "isv_steps": (
        "Binnen [[termijn, bijvoorbeeld zes maanden]] na ingang van de overeenkomst levert de opdrachtnemer een risicoanalyse en een plan van aanpak; daarna rapporteert hij jaarlijks over zijn due diligence. ISV is een uitvoeringsvoorwaarde, geen gunningscriterium.",
        "Within [[period, for example six months]] of the start of the agreement the contractor provides a risk analysis and a plan of approach; after that it reports yearly on its due diligence. ISV is a performance condition, not an award criterion.",
    ),
    "see_numbers": ("De uitwerking staat in {numbers}.", "The details are in {numbers}."),
    "s_sroi": ("Social return", "Social return"),
    "sroi": (
        "De opdrachtnemer besteedt ten minste [[percentage]]% van de opdrachtwaarde aan social return: werk, leerwerkplekken of stages voor mensen met een afstand tot de arbeidsmarkt, of inkoop bij sociale ondernemingen. Hij kiest zelf hoe; de waardering volgt [[tabel of bouwblokken voor de waardering van social return]]. Binnen drie maanden na ingang van de overeenkomst maakt hij daarover afspraken met de opdrachtgever.",
        "The contractor spends at least [[percentage]]% of the contract value on social return: jobs, work placements or internships for people distant from the labour market, or purchases from social enterprises. It chooses how; valuation follows [[table or building blocks for valuing social return]]. Within three months of the start of the agreement it agrees the details with the contracting authority.",
    ),
    "s_reporting": ("Rapportage en contractmanagement", "Reporting and contract management"),
    "reporting": (
        "De opdrachtnemer rapporteert [[frequentie, bijvoorbeeld elk halfjaar]] over de nakoming van de MVI-afspraken{numbers}, met de bewijsmiddelen die daarbij staan. De opdrachtgever bespreekt de rapportage in het periodieke contractoverleg.",
        "The contractor reports [[frequency, for example every six months]] on meeting the MVI commitments{numbers}, with the means of proof stated for them. The contracting authority discusses the report in the regular contract meeting.",
    ),
    "reporting_numbers": (" ({numbers})", " ({numbers})"),
    "offer_binding": (
        "Wat de opdrachtnemer in zijn inschrijving op de gunningscriteria heeft aangeboden, is een verplichting uit de overeenkomst.",
        "What the contractor offered in its bid on the award criteria is an obligation under the agreement.",
    ),
    "s_bonus": ("Bonus en malus", "Bonus and malus"),
    "bonus_none": (
        "De overeenkomst kent geen bonus-malusregeling.",
        "The agreement has no bonus/malus arrangement.",
    ),
    "bonus_ladder": (
        "Voor de CO2-Prestatieladder geldt de sanctie uit paragraaf {section}.",
        "For the CO2 Performance Ladder the penalty in section {section} applies.",
    ),
    # --- chapter 9 ----------------------------------------------------------------------
    "ch_annexes": ("Bijlagen", "Annexes"),
    "s_annex_criteria": (
        "Bijlage A: Overzicht van de MVI-criteria",
        "Annex A: The MVI criteria used",
    ),
    "annex_intro": (
        "De criteriumnummers zijn die van de criteriacatalogus van mvi-tui, versie {version}; eigen criteria van de opdrachtgever zijn als zodanig gemarkeerd.",
        "The criterion numbers are those of the mvi-tui criteria catalogue, version {version}; the contracting authority's own criteria are marked as such.",
    ),
    "col_id": ("Criteriumnummer", "Criterion number"),
    "col_type": ("Soort", "Type"),
    "col_themes": ("Thema's", "Themes"),
    "all_lots": ("alle", "all"),
    "s_annex_forms": ("Bijlage B: Formulieren", "Annex B: Forms"),
    "forms_intro": (
        "Bij de aanbestedingsstukken horen de volgende formulieren:",
        "The tender documents include the following forms:",
    ),
    "form_espd": (
        "Uniform Europees Aanbestedingsdocument (UEA)",
        "European Single Procurement Document (ESPD)",
    ),
    "form_own": ("Eigen Verklaring", "Eigen Verklaring (self-declaration)"),
    "form_bid": ("Inschrijvingsformulier", "Bid form"),
    "form_price": ("Prijzenblad", "Price form"),
    "form_plan": ("Format plan van aanpak", "Plan of approach template"),
    "form_lcc": ("LCC-invulblad", "LCC form"),
    "form_agreement": ("Conceptovereenkomst", "Draft agreement"),
    "s_annex_notes": ("Bijlage C: Toelichting van de adviseur", "Annex C: Notes of the adviser"),
    "notes_intro": (
        "Deze toelichting is gemaakt tijdens het opstellen en hoort niet bij de gepubliceerde stukken.",
        "These notes were made while drafting and are not part of the published documents.",
    ),
    "note_organisation": ("Organisatie", "Organisation"),
    "note_ambitions": ("Ambities", "Ambitions"),
    "note_plan": ("Inkoopplan", "Procurement plan"),
    "note_criteria": ("Criteria", "Criteria"),
    "note_award": ("Gunningsmodel", "Award model"),
    "note_export": ("Afronding", "Review"),
    "note_tender": ("Deze aanbesteding", "This tender"),
    # --- closing list -------------------------------------------------------------------
    "ch_todo": ("Nog in te vullen", "Still to be completed"),
    "todo_intro": (
        "Deze lijst is voor de opsteller en hoort niet in de gepubliceerde versie. Vul elk punt in op de plaats waar het tussen dubbele haken staat.",
        "This list is for the author and does not belong in the published version. Complete each item where it appears between double brackets.",
    ),
    "todo_none": (
        "Er staan geen open punten meer in dit document.",
        "There are no open items left in this document.",
    ),
    "col_item": ("In te vullen", "To complete"),
    "col_where": ("Hoofdstuk", "Chapter"),
    "s_warnings": ("Aandachtspunten", "Points of attention"),
    "warning": ("{message} {action}", "{message} {action}"),
}

PROCEDURE_NAMES: dict[Procedure, tuple[str, str]] = {
    Procedure.OPEN: ("Europese openbare procedure", "European open procedure"),
    Procedure.RESTRICTED: ("Europese niet-openbare procedure", "European restricted procedure"),
    Procedure.COMPETITIVE_DIALOGUE: ("concurrentiegerichte dialoog", "competitive dialogue"),
    Procedure.NEGOTIATED_WITH_CALL: (
        "mededingingsprocedure met onderhandeling",
        "competitive procedure with negotiation",
    ),
    Procedure.INNOVATION_PARTNERSHIP: (
        "procedure voor een innovatiepartnerschap",
        "innovation partnership procedure",
    ),
    Procedure.NEGOTIATED_WITHOUT_CALL: (
        "onderhandelingsprocedure zonder voorafgaande bekendmaking",
        "negotiated procedure without prior publication",
    ),
    Procedure.NATIONAL_OPEN: ("nationale openbare procedure", "national open procedure"),
    Procedure.MULTIPLE_QUOTE: ("meervoudig onderhandse procedure", "multiple-quotation procedure"),
    Procedure.SINGLE_QUOTE: ("enkelvoudig onderhandse procedure", "single-quotation procedure"),
}

TYPE_NAMES: dict[CriterionType, tuple[str, str]] = {
    CriterionType.GESCHIKTHEIDSEIS: ("geschiktheidseis", "suitability requirement"),
    CriterionType.SELECTIECRITERIUM: ("selectiecriterium", "selection criterion"),
    CriterionType.EIS: ("eis", "requirement"),
    CriterionType.GUNNINGSCRITERIUM: ("gunningscriterium", "award criterion"),
    CriterionType.CONTRACTBEPALING: ("contractbepaling", "contract clause"),
}

TYPE_PLURALS: dict[CriterionType, tuple[str, str]] = {
    CriterionType.GESCHIKTHEIDSEIS: ("geschiktheidseisen", "suitability requirements"),
    CriterionType.SELECTIECRITERIUM: ("selectiecriteria", "selection criteria"),
    CriterionType.EIS: ("eisen", "requirements"),
    CriterionType.GUNNINGSCRITERIUM: ("gunningscriteria", "award criteria"),
    CriterionType.CONTRACTBEPALING: ("contractbepalingen", "contract clauses"),
}

# Number prefixes in the document: E3 is the third requirement, G2 the second award criterion.
TYPE_PREFIX: dict[CriterionType, tuple[str, str]] = {
    CriterionType.GESCHIKTHEIDSEIS: ("GE", "Q"),
    CriterionType.SELECTIECRITERIUM: ("S", "S"),
    CriterionType.EIS: ("E", "R"),
    CriterionType.GUNNINGSCRITERIUM: ("G", "A"),
    CriterionType.CONTRACTBEPALING: ("C", "C"),
}

CONTRACT_PHRASES: dict[ContractType, tuple[str, str]] = {
    ContractType.WORKS: ("een overheidsopdracht voor werken", "a public works contract"),
    ContractType.SUPPLIES: ("een overheidsopdracht voor leveringen", "a public supply contract"),
    ContractType.SERVICES: ("een overheidsopdracht voor diensten", "a public service contract"),
    ContractType.SOCIAL_SERVICES: (
        "een overheidsopdracht voor sociale en andere specifieke diensten",
        "a public contract for social and other specific services",
    ),
}

ORG_KINDS: dict[OrgKind, tuple[str, str]] = {
    OrgKind.GEMEENTE: ("gemeente", "municipality"),
    OrgKind.PROVINCIE: ("provincie", "province"),
    OrgKind.WATERSCHAP: ("waterschap", "water authority"),
    OrgKind.RIJK: ("Rijksoverheid", "central government"),
    OrgKind.OTHER: ("aanbestedende dienst", "contracting authority"),
}

DEFINITIONS: list[tuple[tuple[str, str], tuple[str, str]]] = [
    (
        ("Opdrachtgever", "Contracting authority"),
        (
            "de aanbestedende dienst die deze opdracht verstrekt",
            "the authority awarding this contract",
        ),
    ),
    (
        ("Inschrijver", "Bidder"),
        ("een ondernemer die een inschrijving indient", "a company that submits a bid"),
    ),
    (
        ("Opdrachtnemer", "Contractor"),
        (
            "de inschrijver met wie de overeenkomst wordt gesloten",
            "the bidder with whom the agreement is signed",
        ),
    ),
    (
        ("Eis", "Requirement"),
        (
            "een minimumeis waaraan de inschrijving moet voldoen (knock-out)",
            "a minimum requirement the bid must meet (knock-out)",
        ),
    ),
    (
        ("Gunningscriterium", "Award criterion"),
        (
            "een onderdeel waarop inschrijvingen worden vergeleken en dat betere prestaties beloont",
            "an element on which bids are compared and that rewards better performance",
        ),
    ),
    (
        ("Contractbepaling", "Contract clause"),
        (
            "een voorwaarde die geldt tijdens de uitvoering van de overeenkomst",
            "a condition that applies while the agreement is performed",
        ),
    ),
    (
        ("MVI", "MVI"),
        (
            "maatschappelijk verantwoord inkopen: inkopen met aandacht voor mens, milieu en economie",
            "socially responsible procurement (maatschappelijk verantwoord inkopen): buying with regard for people, planet and prosperity",
        ),
    ),
    (
        ("TenderNed", "TenderNed"),
        (
            "het elektronische aanbestedingsplatform van de Nederlandse overheid",
            "the Dutch government's electronic tendering platform",
        ),
    ),
]


class Say:
    """The fixed texts in one language: `say("value", value="EUR 10")`."""

    __slots__ = ("idx", "lang")

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.idx = 1 if lang == "en" else 0

    def __call__(self, key: str, /, **fields: object) -> str:
        text = TEXTS[key][self.idx]
        return text.format(**fields) if fields else text

    def pick(self, pair: tuple[str, str]) -> str:
        """One side of a (Dutch, English) pair."""
        return pair[self.idx]

    def ph(self, key: str) -> str:
        """A placeholder from a text key: `[[ingangsdatum]]`."""
        return f"[[{TEXTS[key][self.idx]}]]"
