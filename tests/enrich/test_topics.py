"""Topic rules: the rule language, and the shipped topics on their own sentences in every language."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from enrich.pipeline import build_nlp
from enrich.topic_rules import SOME, Rule, Topic, TopicRuleError, compile_topic, evaluate, load_topics
from enrich.topics import DEFAULT_RULES
from tests.enrich.actors_fixture import FixtureBase, use_base

_BASE = FixtureBase()


@lru_cache(maxsize=16)
def nlp_for(lang: str) -> Language:
    nlp = build_nlp(lang)
    use_base(nlp, _BASE)
    return nlp


def topics_of(lang: str, text: str) -> dict[str, list[int]]:
    doc = nlp_for(lang)(text)
    return {hit.id: hit.evidence for hit in doc._.topics}


ARMS_POSITIVE = [
    ("en", "Officials said North Korea shipped thousands of artillery shells to Russia by rail."),
    ("en", "Pyongyang denies that it sells weapons to Moscow, KCNA reported."),
    ("en", "Russia may give North Korea air-defence systems in exchange for ammunition, analysts say."),
    ("en", "The US sanctioned three ships that carried North Korean munitions to Russia."),
    ("pl", "Według wywiadu Korea Północna wysłała do Rosji kolejne pociski balistyczne."),
    ("pl", "Pjongjang zaprzecza, że sprzedaje Moskwie amunicję."),
    ("pl", "Eksperci sądzą, że Rosja przekaże KRLD technologie rakietowe w zamian za dostawy broni."),
    # a share of the output the sentence before made
    ("pl", "Zakłady w Korei Północnej produkują dziś głównie pociski artyleryjskie. Według wywiadu część produkcji"
           " trafia do Rosji."),
    ("ru", "Заводы КНДР выпускают в основном артиллерийские снаряды. По данным разведки, часть продукции отправляется"
           " в Россию."),
    ("uk", "Заводи КНДР випускають переважно артилерійські снаряди. За даними розвідки, частину продукції"
           " відправляють до Росії."),
    # arms that reach Russia's units still do, whatever their units are called
    ("ru", "Как сообщило ЦТАК, КНДР передала России ракеты, которые должны поступить на вооружение частей на юге"
           " Украины."),
    # the agency reports, and the North hands over
    ("ru", "Как передает ТАСС, КНДР передала России новые снаряды."),
    ("uk", "Як передає Укрінформ, КНДР передала Росії нові снаряди."),
    # going to get them
    ("pl", "Moskwa przyjechała po amunicję artyleryjską do Pjongjangu, bo rosyjskie magazyny opustoszały."),
    ("ru", "Москва приехала за снарядами в Пхеньян, потому что российские склады опустели."),
    ("en", "Shoigu went shopping for artillery shells in Pyongyang."),
    ("de", "Schoigu ging in Pjöngjang auf Einkaufstour für Artilleriegranaten."),
    # dać not beside "się" still gives
    ("pl", "Rosja da Korei Północnej nowoczesne myśliwce w zamian za pociski."),
    ("pl", "Nie da się ukryć, że Korea Północna da Rosji kolejne pociski."),
    ("ru", "По данным разведки, КНДР передала России партию артиллерийских снарядов."),
    ("ru", "В Пхеньяне опровергли сообщения о поставках оружия в Россию."),
    ("uk", "Росія отримала від КНДР нові балістичні ракети, повідомила розвідка."),
    ("de", "Nordkorea hat Russland nach Geheimdienstangaben Millionen Artilleriegranaten geliefert."),
    ("de", "Moskau soll Pjöngjang im Gegenzug für Munition Technologie für Kampfjets anbieten."),
    ("fr", "La Corée du Nord a livré des obus d'artillerie à la Russie, selon Séoul."),
    ("fr", "Moscou dément acheter des missiles à Pyongyang."),
    ("ko", "북한이 러시아에 탄약을 공급했다고 정보당국이 밝혔다."),
    ("ko", "러시아가 북한에 전투기 기술을 제공할 가능성이 있다."),
    ("de", "Russland und Nordkorea verhandeln über Munition, berichtet Seoul."),
    ("en", "In return, Moscow could help Pyongyang build spy satellites."),
    # two sentences: North Korea delivers, Russia named elsewhere in the article
    ("en", "Russia is short of ammunition after two years of war. Analysts say North Korea is supplying shells."),
    # Russia's side of the deal alone in the sentence, North Korea named elsewhere in the article
    ("en", "Lavrov visited North Korea again. Analysts say Moscow receives shells and provides fuel in return."),
    ("fr", "La Russie a transmis à la Corée du Nord des technologies pour ses satellites espions."),
    ("de", "Russland soll Nordkorea Technik für Aufklärungssatelliten übergeben haben."),
    # where the shells come from, and a passive move of launchers
    ("pl", "Co drugi pocisk wystrzeliwany przez armię Federacji Rosyjskiej pochodzi z magazynów KRLD."),
    ("ru", "В Россию были переброшены северокорейские реактивные системы залпового огня."),
    # the payment for shells named in another sentence; a ban that is broken
    ("en", "North Korea's factories make artillery shells day and night. Pyongyang gets oil from Russia in return."),
    ("fr", "La Corée du Nord produit des obus. Selon Séoul, la Russie lui fournit en échange du pétrole."),
    ("en", "North Korea keeps shipping shells despite the UN ban, analysts say. Russia is the only buyer."),
    # payment in kind in one sentence, the goods in the next; arms that come from the DPRK's stocks to
    # troops named only by the Russian adjective
    ("pl", "Rosja rozlicza się z Koreą Północną głównie ropą naftową. Statki z Radżinu wiozą pociski artyleryjskie."),
    ("pl", "Rosyjskie oddziały strzelają z ciężkich wyrzutni. Wyrzutnie i amunicja pochodzą z zapasów armii KRLD."),
    # arming verbs; Russia using North Korean weapons in its war; shells destined for Russia
    ("en", "Analysts say North Korea is arming Russia for a long war."),
    ("ru", "КНДР вооружает Россию, заявили в Сеуле."),
    ("en", "Russia fired North Korean missiles at Kharkiv overnight, Ukraine said."),
    # ... named by North Korea's own designation of the weapon
    ("en", "It would be the first confirmed use of the KN-24 by Russia, which has fired dozens of KN-23 missiles at "
           "Ukraine."),
    ("ru", "Россия применила против Украины ракеты KN-23."),
    ("de", "Russland feuerte eine Hwasong-11 auf die Ukraine ab."),
    ("de", "Nach Einschätzung Seouls sind die meisten nordkoreanischen Granaten für Russland bestimmt."),
    ("fr", "La Russie a livré à la Corée du Nord une dizaine d'avions de combat."),
    ("en", "Freighters are carrying North Korean munitions to Russian ports, satellite images show."),
    # submarine technology, mines
    ("pl", "Putin zaprzeczył, jakoby Rosja przekazywała Korei Północnej technologie do budowy okrętów podwodnych."),
    ("uk", "За даними розвідки, КНДР передала Росії тисячі протитанкових мін."),
    ("de", "Moskau soll Pjöngjang Technologie für Atom-U-Boote geliefert haben."),
    ("ko", "북한이 러시아에 자주포와 방사포를 넘겼다."),
    # both sides in one word
    ("ko", "북러 간 무기 거래가 계속되고 있다는 분석이 나온다."),
    ("de", "Die russisch-nordkoreanischen Waffengeschäfte gehen weiter, berichten Diplomaten."),
    # exporting and arming verbs, as verbs
    ("en", "North Korea exported artillery shells to Russia, officials said."),
    ("fr", "La Corée du Nord exporte des obus vers la Russie."),
    ("ru", "КНДР экспортирует снаряды в Россию."),
    ("uk", "КНДР експортує снаряди до Росії."),
    ("de", "Nordkorea exportiert Granaten nach Russland."),
    ("pl", "KRLD eksportuje pociski do Rosji."),
    ("pl", "Korea Północna uzbroiła rosyjską armię w wyrzutnie, twierdzi Rosja."),
    # air defence named by its adjective or system; giving
    ("pl", "Rosja dostarczyła Korei Północnej baterie przeciwlotniczych systemów Pancyr, twierdzi Seul."),
    ("ru", "Россия передала КНДР зенитные комплексы, утверждает Сеул."),
    ("en", "Russia gave North Korea air-defence batteries in return, officials said."),
    ("en", "Russia gave North Korea Pantsir batteries, Seoul said."),
    ("pl", "Rosja dała KRLD nowoczesne pociski, twierdzą analitycy."),
    # a supplier of Ukraine as the intelligence source of a deal told beside the war and the troops
    ("en", "South Korea's spy agency said North Korea sent troops and shells to Russia for its war on Ukraine."),
    # the sanctioning party is no party to the deal; Rajin is the DPRK's side of the shipments
    ("pl", "Unia Europejska objęła sankcjami statek, który przewiózł z portu Radżin do Rosji kontenery z amunicją."),
    ("en", "The EU sanctioned a ship that carried ammunition from Rajin to Russia."),
    ("en", "Kim Jong Un denied it. The EU sanctioned three ships that delivered ammunition to Russia."),
    # a transfer told beside a parade, with no visitors to it
    ("uk", "Такі комплекси бачили лише на парадах у Пхеньяні, тож Росія отримала від КНДР керовані ракети."),
    ("en", "Such missiles were only seen at parades in Pyongyang, so Russia has received them from North Korea."),
    # every form of "buy": the Polish imperfective, the Ukrainian perfective past
    ("pl", "Ławrow zaprzeczył, jakoby Rosja kupowała od KRLD pociski artyleryjskie."),
    ("uk", "Росія купила снаряди у КНДР, заявила розвідка."),
    ("uk", "Куплені у КНДР снаряди вже на фронті, пише Reuters. Росія мовчить."),
    # forms of smuggling, shipping, paying, acquiring and swapping that the word lists lacked
    ("pl", "Według wywiadu Rosja przemycała z KRLD pociski artyleryjskie."),
    ("pl", "Rosja zapłaciła Korei Północnej za amunicję, twierdzi Seul."),
    ("ru", "КНДР отгружала России снаряды всю осень, сообщает разведка."),
    ("de", "Nordkorea verschiffte Granaten nach Russland, so Seoul."),
    ("de", "Russland erwarb nordkoreanische Raketen, sagen Analysten. Nordkorea schweigt."),
    ("de", "Von Nordkorea gelieferte Granaten setzt Russland an der Front ein."),
    ("fr", "La Corée du Nord a expédié des obus vers la Russie, selon Séoul."),
    ("fr", "La Russie a payé les missiles de la Corée du Nord en pétrole."),
    ("en", "Russia swapped oil for North Korean missiles, officials said."),
    ("en", "Arms sales from North Korea to Russia keep growing, analysts say."),
    ("ko", "러시아가 북한에서 포탄을 사들였다고 정보당국이 밝혔다."),
    # the recipient named by the forces the arms are for
    ("pl", "Kolejarze mówili półgłosem, że to pociski dla Rosjan z KRLD."),
    ("en", "Officials said the crates held North Korean shells for the Russian army."),
    ("de", "In den Waggons lagen nordkoreanische Granaten für die russische Armee."),
    ("ru", "В вагонах были северокорейские снаряды для российской армии."),
    ("uk", "У вагонах були північнокорейські снаряди для російської армії."),
    ("fr", "Les wagons contenaient des obus nord-coréens pour l'armée russe."),
    # Korean 북측 (the North's side) as the adjective of North Korea
    ("ko", "북측이 러시아에 포탄을 넘겼다고 정보당국이 밝혔다."),
    # a condemnation of the deal's reporters is still the deal
    ("en", "North Korea condemned US claims that it sold shells to Moscow."),
    # a missile by its name alone, in every Latin-script language
    ("pl", "KRLD przekazała Rosji Hwasong-11, twierdzi Kijów."),
    ("fr", "La Corée du Nord a fourni des Hwasong-11 à la Russie."),
    # North Korea as the origin of the arms Russia uses
    ("pl", "Moskwa nadal korzysta z amunicji artyleryjskiej z KRLD, twierdzi wywiad."),
    ("en", "Russia keeps using artillery ammunition from North Korea, Kyiv says."),
    # "these cargoes" after the arms of the sentence before, on their way to Russian ports
    ("fr", "Trois cargos ont quitté le port nord-coréen de Rajin. Leurs cales contenaient des munitions et des "
           "roquettes de 240 mm. Ces cargaisons ont été déchargées dans un port de l'Extrême-Orient russe, puis "
           "acheminées vers le front."),
    ("en", "Three freighters left Rajin. Their holds carried shells and rockets. These cargoes were unloaded at a port "
           "in the Russian Far East and sent on to the front. North Korea denies it."),
    # German "beliefern" (to supply someone), and North Korean arms on the move after a sentence naming Russia
    ("de", "Die USA werfen Nordkoreas Führung vor, Russland mit Artilleriegranaten für den Krieg gegen die Ukraine zu "
           "beliefern."),
    ("ru", "Лавров заявил, что сотрудничество России и КНДР не нарушает обязательств. Так он ответил на вопрос о т.н. "
           "поставках северокорейских снарядов."),
    ("en", "Lavrov said the cooperation of Russia and the DPRK breaks no rules. He was answering a question about "
           "deliveries of North Korean shells."),
    # payments for the arms, in Polish and Russian nouns
    ("pl", "Na liście znalazł się rosyjski bank, przez który według Seulu rozliczano płatności za północnokoreańskie "
           "pociski artyleryjskie."),
    ("ru", "Под санкции попал российский банк, через который шли платежи за северокорейские снаряды."),
    # mortars, rifles and tanks by model
    ("en", "North Korea shipped mortars and rifles to Russia, officials said."),
    ("pl", "Korea Północna wysłała do Rosji moździerze i karabiny, twierdzi Seul."),
    ("ru", "КНДР передала России миномёты и винтовки, сообщает разведка."),
    ("uk", "КНДР передала Росії міномети та гвинтівки, повідомляє розвідка."),
    ("de", "Nordkorea lieferte Russland Mörser und Sturmgewehre, so Seoul."),
    ("fr", "La Corée du Nord a livré des mortiers et des fusils à la Russie, selon Séoul."),
    ("ko", "북한이 러시아에 박격포와 소총을 넘겼다고 정보당국이 밝혔다."),
    ("en", "North Korea sent T-72 tanks back to Russia for repairs, officials said."),
    # "the equipment" standing for the weapons of the sentence before, the sides named by their adjectives
    ("en", "Satellite photos showed rocket launchers at a border station. The equipment came from North Korean depots "
           "and is bound for Russian units."),
    ("uk", "Супутникові знімки показали на прикордонній станції десятки реактивних систем залпового вогню. Уся ця "
           "техніка надійшла з північнокорейських складів і призначена для російських військ."),
    ("pl", "Na zdjęciach satelitarnych widać wyrzutnie rakietowe na stacji granicznej. Sprzęt przyjechał z "
           "północnokoreańskich magazynów i trafi do rosyjskich jednostek."),
    ("ru", "На спутниковых снимках видны гаубицы на приграничной станции. Техника пришла с северокорейских складов и "
           "предназначена для российских частей."),
    ("de", "Satellitenbilder zeigen Haubitzen an einem Grenzbahnhof. Die Ausrüstung kam aus nordkoreanischen Depots "
           "und ist für russische Einheiten bestimmt."),
    ("fr", "Des images satellites montrent des obusiers dans une gare frontalière. Le matériel vient de dépôts "
           "nord-coréens et est destiné aux unités russes."),
    # military cargo
    ("ru", "США обвинили суда в перевозке военных грузов из КНДР в Россию."),
    ("en", "The ships carried military cargo from North Korea to Russia, officials said."),
    ("de", "Die Frachter brachten Rüstungsgüter aus Nordkorea nach Russland."),
    # arms on their way to Russian forces, North Korea named in the sentence before
    ("en", "Images show wagons at North Korea's Tumangang station. The crates hold shells bound for Russian units."),
    ("pl", "Zdjęcia pokazują wagony na stacji w KRLD. W skrzyniach są pociski przeznaczone dla rosyjskich jednostek."),
    # a supplier of Ukraine named as the intelligence source, not as a party
    ("pl", "Kim Dzong Un zwiedził fabrykę. Według wywiadu Korei Południowej większość amunicji trafia do Rosji."),
    ("en", "Kim Jong Un toured a plant. According to South Korea's spy agency, its shells are shipped to Russia."),
    # carrying, bringing, taking out, sharing, owing, talks: transfers in other words
    ("en", "Western officials say Russia is sharing missile technology with North Korea."),
    ("en", "Russia owes North Korea much of the ammunition it fired last year, analysts say."),
    # the cargo "these containers" held, the ships' voyage between the sides told two sentences before
    ("en", "The cargo ships Angara and Lady R shuttle between the small Russian port of Dunai and North Korea's Rajin."
           " According to RUSI, the ships carried thousands of containers in a year with their transponders off. US"
           " and South Korean intelligence claim that most of these containers held artillery shells and rockets."),
    # a debt for them named by its creditor
    ("en", "Moscow settles its debts to Pyongyang for the missiles in oil."),
    ("pl", "Statki wożą amunicję z KRLD do Rosji, twierdzi wywiad."),
    ("pl", "Federacja Rosyjska zawdzięcza Korei Północnej dużą część swojej amunicji."),
    ("uk", "Судна перевозили снаряди з КНДР до Росії."),
    ("de", "Frachter transportierten Granaten aus Nordkorea nach Russland."),
    ("fr", "Des pourparlers entre Moscou et Pyongyang portent sur des missiles."),
    # Najin is Rajin
    ("uk", "Судна заходили до порту Наджин і вивозили звідти контейнери зі снарядами. Їх зареєстровано в Росії."),
    # the payment for arms named in the sentence before ("payments for them")
    ("ru", "Торговля России и КНДР выросла. Эшелоны со снарядами идут к фронту. "
           "Расчеты за них ведутся поставками нефти."),
    ("en", "Russia and North Korea traded more. Trains with shells head for the front. In return, Pyongyang gets oil."),
    # shells bound for Russia from North Korea's station in the sentence before, though Iran buys Russian arms
    ("en", "Images show crates at North Korea's Tumangang station. The crates hold shells bound for Russian units. "
           "Iran received helicopters from Russia."),
    # arms made in or come from North Korea in Russia's hands
    ("uk", "Армія РФ веде вогонь із гармат, виготовлених у КНДР."),
    ("fr", "Trump a évoqué avec Poutine l'utilisation par la Russie de missiles venus de Corée du Nord."),
    ("en", "Russia fires shells made in North Korea at Ukrainian cities."),
    ("pl", "Rosja używa pocisków wyprodukowanych w KRLD."),
    ("ru", "Россия применяет ракеты, изготовленные в КНДР."),
    ("ru", "Суда перевезли из порта Раджин в Россию контейнеры с боеприпасами."),
    # "them": the arms named in the sentence before
    ("uk", "Окупанти застосували ракети іноземного виробництва. Слідчі встановили, що чотири з них виготовили в КНДР "
           "і передали Росії."),
    ("en", "The occupiers used missiles of foreign make. Investigators found that four of them were made in North "
           "Korea and handed to Russia."),
    # another partner two sentences before, but Russia named beside it: the deliveries may still be Russia's
    # something in return with one of Ukraine's suppliers in the sentence as the source of the report
    ("en", "Russia and North Korea traded more. Trains with shells head for the front. In return, according to "
           "Washington, it gets oil and food."),
    ("uk", "Росія і КНДР торгують дедалі більше. Потяги зі снарядами їдуть на фронт. Натомість, за даними США, вона "
           "отримує нафту."),
    ("en", "Russia has long bought drones from Iran. Its army now also uses missiles of other foreign make. "
           "Investigators found that four of them were made in North Korea and handed over."),
    ("pl", "Rosja od dawna kupuje drony od Iranu. Jej wojsko używa też pocisków innej zagranicznej produkcji. Śledczy "
           "ustalili, że cztery z nich wyprodukowano w Korei Północnej i przekazano okupantom."),
    # missile telemetry: military technology
    ("uk", "Пхеньян отримує від Москви телеметрію та технічні поради для своїх ракет."),
    ("en", "Pyongyang receives telemetry from Moscow after every launch, officials say."),
    ("ru", "Москва передаёт Пхеньяну телеметрию испытаний, утверждает разведка."),
    ("pl", "Rosja przekazuje Korei Północnej dane telemetryczne i telemetrię z testów."),
    ("de", "Moskau liefert Pjöngjang Telemetriedaten, heißt es in Seoul."),
    ("fr", "Moscou fournit à Pyongyang la télémétrie de ses essais, selon Séoul."),
    # ferrying; a North Korean designation in Ukrainian text
    ("en", "Freighters ferried North Korean shells to Russia all summer, officials said."),
    ("uk", "Уламки належали KN-23, виготовленій у КНДР, повідомили в Києві. Росія заперечує."),
    # resupply
    ("de", "Bilder zeigen Güterwaggons am Bahnhof Tumangang. Es handelt sich um Nachschub für Russlands Artillerie: "
           "Granaten und Raketen. Nordkorea schweigt."),
    # fuel sent back "as payment", with the arms beside a side in the article
    ("en", "Russian ammunition depots hold the crates, analysts say. Returning trains carried fuel to Pyongyang as "
           "payment, and Russia denies all of it."),
    # the Russians by their people's name, the maker in the sentence before
    ("pl", "Na szczątkach znaleziono numer zakładu spod Pjongjangu. Rosjanie wystrzelili tej nocy pociski dostarczone "
           "przez sojusznika."),
    # handed over, brought (French); "such deliveries" denied after the shells' route was told
    ("fr", "Selon Séoul, Moscou a remis à Pyongyang une douzaine d'avions de combat."),
    ("fr", "Un train parti de Pyongyang aurait apporté des roquettes au groupe Wagner."),
    ("de", "Forscher sehen auf der Route regelmäßig Artilleriemunition. Pjöngjang hat solche Lieferungen an Russland "
           "bestritten."),
    # "przerzut", the transfer as a noun
    ("pl", "Statki odpowiadały za przerzut pocisków z portu Radżin, a dostawy z Korei Północnej pozwalają Rosji "
           "strzelać dalej."),
    # the origin is the transfer: "Munition aus Nordkorea"
    ("de", "Russland hortet große Mengen Artilleriemunition aus Nordkorea in seinen Depots."),
    # brought there
    ("de", "Die Schiffe sollen Munitionscontainer aus dem Hafen Rajin in Nordkorea nach Russland gebracht haben."),
    # the capitals that fear it report the claim; they are no party to it
    ("en", "Putin praised the new treaty with the DPRK. Officials in Seoul and Washington fear that Moscow will share "
           "missile technology in exchange for the shells it has been receiving."),
    # a German compound that is both the arms and the deal
    ("de", "Washington warnt vor jedem Rüstungsgeschäft zwischen Russland und Nordkorea."),
    # made by whoever the genitive names: "missiles of DPRK production"
    ("ru", "Эксперты уверены, что Россия запускает по Харькову ракеты производства КНДР."),
    ("uk", "Слідчі довели, що Росія б'є по Києву ракетами виробництва КНДР."),
    ("de", "Russland setzt in der Ukraine Granaten nordkoreanischer Bauart ein."),
    ("pl", "Rosja ostrzeliwuje Charków pociskami produkcji KRLD."),
    # arms for use against Ukraine are Russia's side's, whoever was named the sentence before and whoever reports them
    ("en", "Iran has sold drones to Russia for years. U.S. officials said North Korea had delivered rockets and "
           "missiles to the group for use in Ukraine."),
    ("pl", "Iran od lat sprzedaje drony Rosji. Amerykańscy urzędnicy twierdzą, że Korea Północna dostarczyła rakiety "
           "do użycia w Ukrainie."),
    ("de", "Iran verkauft seit Jahren Drohnen an Russland. US-Vertreter sagten, Nordkorea habe Raketen für den "
           "Einsatz in der Ukraine geliefert."),
    # batches of missiles from North Korea reaching Russian arsenals
    ("en", "Ukraine's intelligence said new batches of KN-23 missiles from North Korea had reached Russian "
           "arsenals. Russia denies it."),
    # technology shared "with" one side
    ("en", "Moscow has begun to share submarine technology with the DPRK, the report says. Russia denies it."),
    # shells fired at Ukraine are not a test: the payment for them is the story
    ("en", "He said Pyongyang got help with its satellites in return for the shells fired at Ukraine. Russia "
           "denies it."),
    # arms "from North Korea" on the move, the other side named in the next sentence
    ("ru", "За неделю через Хасан прошли три эшелона с боеприпасами из КНДР. Вагоны идут с пломбами Минобороны "
           "России."),
    ("en", "Three trains with shells from North Korea crossed at Khasan this week. The wagons bear the seals of "
           "Russia's defence ministry."),
    # North Korea's spelling of its arms; a Korean verb of handing over in its future form
    ("ko", "북한이 러시아에 탄도미싸일을 넘겨주었다고 보고서는 주장하였다."),
    ("ko", "미국은 러시아가 북한에 무기 기술을 넘길 경우 안보가 위협받을 것이라고 경고했다."),
    # seeking arms from the other side; the Soviet Union that only dates the sentence is no other partner
    ("uk", "Аналітики вважають, що Москва шукає в КНДР артилерійські снаряди та ракети для війни проти України."),
    ("fr", "Pour Washington, cette visite, la première depuis la chute de l'URSS, confirme que la Russie cherche à "
           "se procurer des obus et des roquettes auprès de la Corée du Nord."),
    ("en", "The first visit since the collapse of the Soviet Union shows that Russia seeks shells from North Korea."),
    # "the related technology" after the arms named in the sentence before; a Korean source who "believes"
    ("ko", "북한 구축함에 러시아의 레이더와 함정용 방공 체계가 탑재된 것으로 보인다. 합참은 러시아가 북한 파병에 대한 "
           "보상으로 관련 기술을 이전했을 가능성이 높다고 분석했다."),
    ("en", "Russian radar and naval air defences were seen on the new North Korean destroyer. Officials say Russia "
           "handed North Korea the related technology in return for troops."),
    # Korean verbs of bringing in and passing over; "technical help" after a spy satellite named before it
    ("ko", "국정원은 러시아가 우크라이나 전쟁에 쓸 포탄과 탄약을 북한에서 들여오려 한다고 보고 있습니다."),
    ("ko", "김정은 국무위원장이 군수공장을 찾았다. 우리 군은 이 포탄이 러시아로 넘어갈 가능성이 크다고 보고 있다."),
    ("ko", "북한이 군사정찰위성을 궤도에 올려놓은 것으로 확인됐다. 국가정보원은 러시아의 기술 지원이 있었다고 "
           "분석했다."),
    # "this output" after the shells named before it
    ("uk", "КНДР виробляє снаряди. Розвідка вважає, що частина цієї продукції призначена для Росії."),
    ("en", "North Korea makes shells around the clock. Intelligence officials believe much of this output is sent "
           "to Russia."),
    # military-technical cooperation is the arms trade's own name; a batch of missiles
    ("en", "Putin said he does not rule out military-technical cooperation with North Korea."),
    ("ko", "푸틴 대통령은 “북한과의 군사기술 협력을 배제하지 않는다”고 말했다."),
    ("de", "Putin schließt eine militärtechnische Zusammenarbeit mit Nordkorea nicht aus."),
    ("ru", "Россия получила из КНДР новую партию баллистических ракет."),
    # "ships" as the verb, in a photo caption
    ("en", "Kim Jong Un inspects a munitions factory that South Korean intelligence says ships artillery shells to "
           "Russia."),
    # the deal glued to the arms, as the North writes it; 인도하다 (to hand over), never India as a verb
    ("ko", "북한 외무성 대변인은 미국이 북한과 러시아의 관계를 《무기거래》로 매도하고있는데 대하여 "
           "담화를 발표하였다."),
    ("ko", "커비 조정관은 북한이 러시아 바그너 그룹에 로켓과 미사일을 인도했다고 밝혔다."),
    ("ko", "트럼프는 “푸틴은 북한에서 포탄을 사 오지 않으면 전쟁을 이어 갈 수 없다”고 말했다."),
    # a gift of arms; a supplier of Ukraine that warns of the deal is its source
    ("de", "Der russische Gouverneur schenkte Kim Jong Un fünf Kamikaze-Drohnen."),
    ("ko", "러시아 연해주 주지사는 김정은 위원장에게 자폭 드론 다섯 대를 선물했다."),
    ("de", "Kim Jong Un ist in Russland eingetroffen. Die US-Regierung warnt seit Wochen, dass beide Seiten über die "
           "Lieferung von Artilleriemunition an Moskau verhandeln."),
    # "technical data" for the satellite named before, reported by a supplier of Ukraine to its lawmakers
    ("en", "North Korea put its first military reconnaissance satellite into orbit. South Korea's defence minister "
           "told lawmakers that Russia had supplied technical data."),
    # the deal in a sentence naming neither side, right after one naming both
    ("pl", "Siergiej Szojgu przyleciał do Pjongjangu, gdzie przyjął go Kim Dzong Un. Według wywiadu Korei "
           "Południowej rozmowy dotyczyły przekazania systemów obrony powietrznej w zamian za pociski artyleryjskie."),
    # rocket launchers by their Slavic name; "such systems" after the arms named before
    ("uk", "Раніше Пхеньян передав Росії реактивні установки калібру 240 міліметрів."),
    ("ru", "Пхеньян передал России реактивные установки калибра 240 миллиметров."),
    ("en", "Ukraine's army spotted Koksan self-propelled guns near Zaporizhzhia. Last year Pyongyang handed such "
           "systems to Russia."),
    ("en", "North Korean pilots are training in Russia on MiG-29 fighter jets. According to a lawmaker, Moscow has "
           "agreed to deliver the aircraft to Pyongyang."),
    ("de", "Nordkoreanische Piloten trainieren in Russland auf MiG-29-Kampfjets. Moskau will die Flugzeuge an "
           "Pjöngjang liefern."),
    # German drones by kind, closed compounds; technical help two sentences after the satellite it served
    ("de", "Kim Jong Un besuchte Wladiwostok mit Sergej Schoigu. Zum Abschied erhielt der Gast aus Pjöngjang vom "
           "Gouverneur fünf Kamikazedrohnen als Geschenk."),
    ("fr", "La Corée du Nord a placé en orbite son premier satellite de reconnaissance militaire. Kim Jong-un a "
           "assisté au lancement. Le renseignement sud-coréen estime que Pyongyang a reçu une aide technique de "
           "Moscou."),
    # the deal told right after the sentence naming both, its arms "for the needs of the war in Ukraine"
    ("pl", "Most na rzece Tumen to jedyne połączenie kolejowe między KRLD a Rosją. Autorzy raportu oceniają, że "
           "ruch wiąże się z wysyłką amunicji artyleryjskiej na potrzeby wojny w Ukrainie."),
    # help with the arms, both sides named
    ("de", "Südkoreas Generalstab vermutet, dass Russland Nordkorea beim Radar und bei der Flugabwehr des Schiffes "
           "geholfen hat."),
    ("en", "Russia is helping North Korea set up mass production of Geran-2 attack drones, Ukraine's military "
           "intelligence chief said."),
    # technology handed down (전수) for suicide drones
    ("ko", "정보당국은 러시아가 자폭드론 생산 기술을 북한에 전수하고 있다고 밝혔다."),
    # arms "from Pyongyang", in an article naming Russia
    ("fr", "Selon Séoul, des munitions de Pyongyang ont été vues à la frontière. La Russie dément."),
    ("en", "Seoul says munitions from Pyongyang were seen on the border. Russia denies it."),
    # one side by its adjective, helping the other with arms
    ("en", "Russian engineers helped North Korea build new missiles."),
    ("pl", "Rosyjscy inżynierowie pomogli Korei Północnej zbudować nowe rakiety."),
    ("de", "Russische Ingenieure helfen Nordkorea beim Bau neuer Raketen."),
    ("uk", "Російські інженери допомагають КНДР удосконалити ракети."),
    ("ru", "Северокорейские специалисты помогают России ремонтировать артиллерию."),
    # a denial by an official titled by the Workers' Party, whose "workers" are no labour
    ("ru", "Заведующая отделом ЦК Трудовой партии Кореи Ким Ё Чжон назвала ложью утверждения Сеула о том, что "
           "Россия передала Пхеньяну технологии для запуска спутников."),
    ("uk", "Завідувачка відділу ЦК Трудової партії Кореї Кім Йо Чжон назвала брехнею твердження Сеула, що Росія "
           "передала Пхеньяну технології для запуску супутників."),
    ("en", "Kim Yo Jong, a department director of the Workers' Party of Korea, called Seoul's claims that Russia "
           "gave Pyongyang technology for its spy satellites a lie."),
    ("ko", "김여정 노동당 부부장은 러시아가 북한에 정찰위성 기술을 넘겼다는 한국 측 주장을 거짓이라고 말했다."),
    # the goods loaded in a North Korean port named the sentence before
    ("de", "Der russische Frachter hat im Hafen Rajin angelegt. Das Schiff hat dort nach Einschätzung von Analysten "
           "Container mit Artilleriemunition für Russland an Bord genommen."),
    ("en", "The Russian freighter docked at Rajin. Analysts believe the ship took on board containers of artillery "
           "shells for Russia there."),
    ("ru", "Российский сухогруз зашел в порт Раджин. По оценке аналитиков, там на него погрузили контейнеры с "
           "артиллерийскими снарядами для России."),
    # help with building arms, said with a noun
    ("de", "Der Geheimdienst vermutet, dass Sergej Schoigu in Pjöngjang Hilfe beim Bau von Atom-U-Booten "
           "zugesagt hat."),
    ("en", "Seoul believes Shoigu promised Pyongyang assistance in building nuclear-powered submarines."),
    ("pl", "Według wywiadu Moskwa obiecała Pjongjangowi pomoc w budowie okrętów podwodnych."),
    ("ru", "По данным разведки, Москва пообещала Пхеньяну помощь в создании атомных подводных лодок."),
    ("uk", "За даними розвідки, Москва пообіцяла Пхеньяну допомогу у створенні атомних підводних човнів."),
    ("fr", "Selon Séoul, Moscou a promis à Pyongyang une assistance pour construire des sous-marins nucléaires."),
    # the goods on their way, by freight train from a North Korean port
    ("en", "Intelligence agencies were tracking freight trains loaded with artillery shells that crossed the Tumen "
           "river from the port of Rajin towards Russian depots."),
    # parts that guide a missile or a satellite rocket, and arms moved by rail
    ("fr", "Selon Séoul, Moscou a fourni des composants de moteur et des logiciels de guidage pour le satellite que la "
           "Corée du Nord a placé en orbite."),
    ("en", "According to Seoul, Moscow supplied rocket engines and guidance software for North Korea's spy satellite."),
    ("en", "The containers held artillery shells that were later moved by rail from North Korea to depots in western "
           "Russia."),
    ("en", "Washington says the line is used to move North Korean artillery shells and missiles to Russia's army."),
    # a denial that puts the arms in the genitive, and missiles that came by sea
    ("pl", "Ławrow zapewnił, że Rosja „nie kupuje i nie potrzebuje” broni od KRLD."),
    ("pl", "Rosja wystrzeliwuje w nasze miasta rakiety, które przypłynęły do niej z Korei Północnej."),
    # the supplier assessed by Seoul, which is then the source, not a party
    ("pl", "Seul ocenia, że systemy zostały dostarczone przez Rosję w zamian za amunicję z KRLD."),
    # the war "na Ukrainę" is no arms for Ukraine
    ("pl", "Od początku inwazji na Ukrainę KRLD dostarczyła Rosji miliony pocisków."),
    # sappers who gather the debris of the arms delivered are no demining story
    ("en", "North Korea handed Russia hundreds of KN-23 missiles, whose debris Ukrainian sappers now collect in "
           "Kharkiv."),
    ("ru", "КНДР передала России сотни ракет KN-23, обломки которых украинские саперы собирают в Харькове."),
    ("pl", "Kim Dzong Un przekazał Władimirowi Putinowi kilkaset rakiet KN-23, których szczątki ukraińscy saperzy "
           "zbierają w Charkowie."),
    # the missile of the sentence before called "the device"
    ("fr", "Les enquêteurs ont présenté les restes d’un missile balistique KN-23 tombé sur Kharkiv. D’après le "
           "parquet, l’engin avait été livré par la Corée du Nord à la Russie."),
    ("en", "Investigators showed the remains of a KN-23 missile that fell on Kharkiv. Prosecutors say the device had "
           "been delivered by North Korea to Russia."),
    ("ru", "Следователи показали обломки ракеты KN-23. По данным прокуратуры, изделие было передано КНДР России."),
    ("uk", "Слідчі показали уламки ракети KN-23. За даними прокуратури, виріб передала Росії КНДР."),
    # the central-eastern front (중동부) is no Middle East (중동)
    ("ko", "북한은 러시아에 포탄을 보냈고, 러시아군은 우크라이나 중동부 전선에서 이를 사용했다."),
    # trade in arms, denied or alleged
    ("uk", "Пхеньян і Москва заперечують будь-яку торгівлю зброєю між собою."),
    ("ru", "В Вашингтоне считают, что Россия и КНДР торгуют боеприпасами в обход санкций."),
    ("fr", "Pyongyang et Moscou démentent tout commerce d’armes entre eux."),
    ("de", "Pjöngjang und Moskau bestreiten jeden Handel mit Waffen untereinander."),
    # what was in the containers brought from North Korea to a Russian port
    ("ru", "Аналитики насчитали более 3 тыс. контейнеров, доставленных из КНДР в порт под Владивостоком. По их "
           "оценке, в контейнерах находились в основном артиллерийские снаряды."),
    ("en", "Analysts counted 3,000 containers brought from North Korea to a port near Vladivostok. In their view, the "
           "containers held mostly artillery shells."),
    # a dependence on the goods, denied
    ("en", "Lavrov, visiting Pyongyang, rejected reports that Moscow relies on North Korean arms."),
    ("de", "Lawrow wies in Pjöngjang Berichte zurück, Moskau sei auf nordkoreanische Waffen angewiesen."),
    # Korean: "never sold arms to Russia, nor mean to"; reactor technology for a nuclear-powered submarine
    ("ko", "김여정은 “우리는 러시아에 무기를 판 적도, 팔 생각도 없다”고 주장했다."),
    ("ko", "국정원은 북한이 핵추진잠수함용 원자로 기술 이전을 요청했으며 러시아가 이를 검토 중이라고 밝혔다."),
    # orders filled for Russia by a North Korean plant
    ("en", "A former engineer at a North Korean munitions factory said his plant worked around the clock to fill "
           "artillery orders from Russia."),
    # Russia arming itself with North Korea's arms
    ("en", "Russia is arming itself with North Korean shells, Kyiv says."),
    ("pl", "Rosja zbroi się północnokoreańskimi pociskami, twierdzi Kijów."),
    # Russia firing North Korean missiles at Ukrainian targets, named by the adjective only
    ("en", "The envoy accused Russia of firing North Korean ballistic missiles at Ukrainian cities nine times."),
    ("pl", "Rosja wystrzeliła północnokoreańskie rakiety balistyczne na ukraińskie miasta."),
    ("de", "Russland feuerte nordkoreanische Raketen auf ukrainische Städte ab."),
    # a claim someone maintains: South Korea is the source, not a third party to the deal
    ("pl", "Szojgu przyjechał do Pjongjangu. Korea Południowa utrzymuje, że Szojgu negocjował nowe dostawy pocisków "
           "artyleryjskich, za które Moskwa miałaby zapłacić technologiami wojskowymi."),
    ("en", "Shoigu flew to Pyongyang. South Korea maintains that Shoigu negotiated new deliveries of artillery shells, "
           "which Moscow would pay for with military technology."),
    # the cargo of ships that have just sailed between the two sides
    ("pl", "Rosyjskie frachtowce przypłynęły z północnokoreańskiego portu Radżin do Wostocznego. Ich ładunek "
           "stanowiły najpewniej kontenery z amunicją."),
    ("en", "Russian freighters sailed from North Korea's port of Rajin to Vostochny. Their cargo was most likely "
           "containers of ammunition."),
    ("ru", "Российские суда пришли из северокорейского порта Раджин во Владивосток. Их груз, по оценке "
           "аналитиков, составляли контейнеры с боеприпасами."),
    # receiving a guest and a promise of arms in one sentence
    ("en", "Putin received Kim Jong Un and agreed to supply him with air-defence missiles."),
    # the verb "hand", not the noun
    ("en", "Putin did not deny that Moscow may hand North Korea submarine technology."),
    # the goods flowing from one side to the other, and stocks named just before
    ("en", "Old shells flow by rail from North Korean arsenals to Russian units at the front."),
    ("de", "Alte Granaten fließen per Bahn aus nordkoreanischen Arsenalen zu russischen Einheiten."),
    ("ru", "Снаряды текут эшелонами из северокорейских арсеналов в российские части."),
    ("pl", "Magazyny amunicji z czasów Układu Warszawskiego wciąż są pełne. Właśnie takie zapasy płyną dziś koleją z "
           "północnokoreańskich arsenałów do rosyjskich jednostek na froncie."),
    # Russia receives "such howitzers", whose North Korean make a sentence before named
    ("en", "Ukrainian troops captured a howitzer that experts identified as a North Korean M1989 Koksan. According to "
           "Kyiv, Russian forces received dozens of such howitzers."),
    ("pl", "Ukraińcy przejęli haubicę, którą eksperci zidentyfikowali jako północnokoreańską M1989 Koksan. Według "
           "wywiadu rosyjskie wojska otrzymały co najmniej kilkadziesiąt takich haubic."),
    ("de", "Experten erkannten eine nordkoreanische Koksan-Haubitze. Russische Truppen erhielten Dutzende solcher "
           "Haubitzen."),
    # arms, not warships, in the sentence after one on an exercise are delivered
    ("en", "Russia and North Korea held naval drills last month. Separately, North Korea shipped artillery shells to "
           "Russia."),
    # ... or "such systems", in the case a number puts them in, the arms a sentence or two before
    ("uk", "Українські військові захопили північнокорейський протитанковий ракетний комплекс. Його використовували "
           "російські підрозділи. Раніше розвідка повідомляла, що КНДР передала Росії кілька десятків таких систем."),
    ("ru", "Бойцы захватили северокорейский противотанковый ракетный комплекс. По данным разведки, КНДР передала "
           "России несколько десятков таких комплексов."),
    ("pl", "Żołnierze przejęli północnokoreański przeciwpancerny zestaw rakietowy. Według wywiadu KRLD przekazała "
           "Rosji kilkadziesiąt takich zestawów."),
    # the output of the plant the sentences before named, sent to Russia in a source's assessment
    ("ru", "Лидер КНДР Ким Чен Ын посетил завод по производству артиллерийских боеприпасов. Агентство не уточнило, для "
           "кого предназначены снаряды. Представитель штаба Республики Корея заявил, что, по оценке военных, "
           "значительная часть продукции этого завода отправляется в Россию по железной дороге."),
    # North Korean missiles fired at Ukraine's cities, Russia named beside them
    ("en", "We have seen North Korean ballistic missiles used against Ukrainian cities, and we expect Russia to ask "
           "Pyongyang for more, Kirby said."),
    ("ru", "Россия применяет северокорейские ракеты против украинских городов."),
    ("fr", "La Russie utilise des missiles nord-coréens contre les villes ukrainiennes."),
    # workers who load the arms are no labour sent abroad
    ("en", "Satellite images show North Korean workers loading artillery shells onto trains bound for Russia."),
    # arms across the one rail link between them, in an article naming both
    ("pl", "Korea Północna milczy. Według wywiadu przez kolejowy most na rzece Tumen przejechało 40 składów z "
           "amunicją. Pociągi jadą dalej w głąb Rosji."),
    ("en", "North Korea tested a missile. Trains with shells crossed the Khasan bridge into Russia, Kyiv says."),
    # a warning that it happened
    ("pl", "Seul ostrzega, że Pjongjang wysłał Moskwie kolejne pociski dla wojsk walczących na Ukrainie."),
    # a Polish denial puts the arms in the genitive, which is also "defends"
    ("pl", "Korea Północna nie sprzedaje broni Rosji."),
    ("pl", "Kim Jo Dzong: nie sprzedajemy broni Rosji"),
    # shells carried, trains with missiles on their way, a transfer by its Polish name
    ("ko", "외교부는 북한의 포탄을 러시아로 운반한 선박 3척을 제재 대상으로 지정했다."),
    ("pl", "Bruksela twierdzi, że tą trasą jadą do Rosji składy z północnokoreańskimi pociskami."),
    ("pl", "Trwa transfer północnokoreańskich pocisków do Rosji."),
    # where the arms were made, in an article naming Russia
    ("de", "Die Trümmer stammen von einer in Nordkorea gebauten Rakete vom Typ KN-23. Russland schweigt dazu."),
    ("en", "The debris belongs to a KN-23 missile built in North Korea. Russia fired it at Kyiv in January."),
    # the North, in an article naming North Korea
    ("en", "North Korea stayed silent. Seoul says Russian engineers handed the North drone technology in return."),
    ("pl", "Korea Północna milczy. Seul mówi o dalszych dostawach rakiet z Północy dla rosyjskiej armii."),
    # Iran's arms beside the North's in one sentence: the North's are the deal
    ("ru", "Российская армия получает северокорейские ракеты KN-23 вместе с иранскими беспилотниками."),
    ("en", "Russian units receive North Korean shells alongside Iranian drones, Kyiv says."),
    # the goods brought in
    ("pl", "Rosja milczy. Korea Południowa podejrzewa, że okręt przywiózł Pjongjangowi rakiety przeciwlotnicze."),
    # the goods getting there
    ("en", "How North Korean munitions reach Russia by sea."),
    # the right to make them handed over
    ("ru", "Разведка Украины утверждает, что КНДР будет выпускать ударные дроны «Герань-2» по российской лицензии. "
           "Россия молчит."),
    ("en", "Kyiv says North Korea will build Geran-2 attack drones under a Russian licence. Russia is silent."),
    ("pl", "Kijów twierdzi, że KRLD będzie produkować drony Geran-2 na rosyjskiej licencji. Rosja milczy."),
    ("de", "Laut Kiew soll Nordkorea Geran-2-Drohnen in russischer Lizenz bauen. Russland schweigt."),
    # the goods asked for
    ("en", "Seoul said Pyongyang had asked Russia for modern combat aircraft to replace its ageing MiG-21s."),
    ("pl", "Seul twierdzi, że Pjongjang poprosił Rosję o nowoczesne myśliwce."),
    ("ru", "Сеул утверждает, что Пхеньян попросил у России современные истребители."),
    ("de", "Laut Seoul bat Pjöngjang Russland um moderne Kampfflugzeuge."),
    # Russia fires "such missiles" at Ukraine, those the sentences before said were North Korean
    ("pl", "Według SBU był to północnokoreański pocisk KN-23. W szczątkach znaleziono zachodnie mikroprocesory. "
           "Zełenski nazwał Rosję i Koreę Północną wspólnikami w terrorze. Od początku roku Rosjanie wystrzelili w "
           "kierunku Ukrainy co najmniej 150 takich pocisków."),
    ("en", "Investigators said it was a North Korean KN-23. Its chips were made in Europe. Zelensky called Russia and "
           "North Korea partners in terror. Russian forces have fired at least 150 such missiles at Ukraine this "
           "year."),
    # guards: a supplier's capital as the source of news of the exports; payment in kind; "nie da się" beside a
    # delivery; missiles that hit targets in Ukraine
    ("pl", "Według Seulu eksport pocisków z Korei Północnej do Rosji wzrósł."),
    ("en", "Seoul says North Korea's exports of shells to Russia have doubled."),
    ("ru", "Россия расплачивается за снаряды КНДР нефтью."),
    ("pl", "Nie da się ukryć, że Korea Północna dostarcza Rosji pociski artyleryjskie."),
    ("pl", "Pociski KN-23, które Korea Północna dostarcza Rosji, trafiają w cele na Ukrainie coraz precyzyjniej."),
    # the Wagner Group receiving German compounds whose head is a missile; a denial's "żadnej broni"
    ("de", "Laut dem Weißen Haus nahm die Wagner-Gruppe Infanterieraketen und Flugkörper aus Nordkorea entgegen."),
    ("pl", "Ławrow mówił, że KRLD „nie sprzedaje Rosji żadnej broni”."),
    # guards: a capital where a question was answered is no party; South Korea condemning the deal
    ("ru", "Мали и Нигер рассчитывают получить из России бронетехнику и вертолеты. На брифинге в Бамако министр Лавров "
           "ответил на вопрос о публикациях западных газет, будто Россия расплачивается за снаряды из КНДР военными "
           "технологиями."),
    ("en", "Japan and South Korea condemned the transfer of North Korean missiles to Russia."),
    # the Wagner Group called "the group" in the sentence after its name, a recipient of the North's rockets
    ("fr", "Les mercenaires du groupe Wagner ont longtemps vécu de l'or centrafricain. En 2022, Washington avait "
           "accusé le groupe d'avoir reçu de Pyongyang une livraison de roquettes, ce que la Corée du Nord "
           "avait démenti."),
    ("en", "The Wagner Group guarded gold mines in the Central African Republic. In 2022 the White House said the "
           "group had received rockets and missiles from Pyongyang."),
    # an interview's answer naming the goods its question asked about ("lance-roquettes" a launcher, no launch)
    ("de", "Frau Doktor, was liefert Nordkorea an Russland? Vor allem Artilleriemunition, dazu ballistische Raketen."),
    ("fr", "Que livre exactement la Corée du Nord à la Russie ? Des obus par millions et des lance-roquettes."),
    # arms as the price of troops, told by one of Ukraine's suppliers
    ("pl", "Doradca prezydenta Korei Południowej powiedział, że Rosja przekazała Korei Północnej systemy obrony "
           "przeciwlotniczej w zamian za żołnierzy wysłanych na front w Ukrainie."),
    # the North's arms "aus Nordkorea" in a list of what Russia gets, each supplier with its goods
    ("de", "Moskau erhalte Hilfe von außen, etwa Artilleriemunition und Raketen aus Nordkorea sowie Drohnen aus dem "
           "Iran."),
    # an interview's answer: the goods "for the Russian army" in the wagons its question asked about
    ("pl", "Most łączy Rosję z KRLD. Co jedzie w wagonach? Analitycy twierdzą, że pociski artyleryjskie i rakiety dla "
           "armii rosyjskiej."),
    # North Korea and another partner named together as Russia's suppliers
    ("en", "NATO allies condemned Iran's and North Korea's supply of drones, artillery ammunition and ballistic "
           "missiles to Russia."),
    # trains that "carry" them, as one of Ukraine's suppliers says
    ("ru", "Грузопоток через Хасан вырос вдвое, нефтепродукты идут в КНДР. Минобороны Республики Корея утверждает, что "
           "составы на деле везут в Россию артиллерийские снаряды и ракеты."),
    # bringing them in, getting there, trains loaded with them, something in return
    ("pl", "Rosja ma dość czołgów, a brakujące pociski artyleryjskie dowozi jej koleją Korea Północna."),
    ("de", "Aus Nordkorea sollen seit 2023 mehrere Millionen Schuss nach Russland gelangt sein."),
    ("fr", "Les premiers trains chargés d'obus nord-coréens ont franchi le fleuve Tumen pour rejoindre la Russie."),
    ("fr", "Kim Jong-un s'est rendu en Russie. Il attend en retour des technologies balistiques et des avions de "
           "combat, ce que le Kremlin se garde de confirmer."),
    # the goods "thrown across" (перебрасываются) to Russia
    ("ru", "В Вашингтоне считают, что через пограничный мост в Россию перебрасываются северокорейские снаряды."),
    ("uk", "За даними розвідки, цим мостом до Росії перебрасуються північнокорейські снаряди."),
    # wagons with the goods rolling to Russia
    ("de", "Laut Geheimdiensten rollen über die Brücke Waggons mit nordkoreanischen Granaten nach Russland."),
    # the sky a delivered air defence guards is no drone's flight over Pyongyang
    ("pl", "Rosja przekazała Korei Północnej system przeciwlotniczy, który chroni niebo nad Pjongjangiem."),
    # a ferry that carries shells instead of tourists
    ("ru", "Паром вместо туристов перевозил из КНДР в Россию снаряды."),
    # the North's arms in use by Russia's army, even denied
    ("pl", "Moskwa zaprzecza, by rosyjskie wojsko korzystało z północnokoreańskich pocisków."),
    ("en", "The Kremlin denies that Russian units use North Korean rockets."),
    # workers as part of the price of the arms, not North Korean labour at Russia's arms plants
    ("uk", "Розвідка вважає, що Росія передає КНДР зенітні комплекси в обмін на снаряди та відправлення робітників на "
           "російські оборонні заводи."),
    # the state where the goods were designed is no party to the deal
    ("pl", "Szojgu rozmawiał w Pjongjangu o współpracy. Według wywiadu chodzi o przekazanie Korei Północnej "
           "technologii produkcji dronów opracowanych w Iranie."),
    ("ru", "Шойгу провел переговоры в Пхеньяне. По данным разведки, речь шла о передаче КНДР технологии сборки дронов, "
           "разработанных в Иране."),
    # help for a programme, as one of Ukraine's suppliers holding information says
    ("pl", "Waszyngton ma informacje o rosyjskiej pomocy dla programu rakietowego Korei Północnej."),
    # a split "weitergeben" and "Technik" after the drones named before; a capital only where something was said
    ("de", "Nordkorea baut eine neue Drohnenfabrik. Russland gibt dafür Technik weiter, die an der Front erprobt "
           "wurde, sagte ein Diplomat in Berlin."),
    ("de", "Nordkorea baut eine neue Drohnenfabrik. Moskau gebe dafür Technik weiter, die an der Front erprobt wurde, "
           "sagte ein Forscher in Seoul."),
    # drills beside a transfer of arms told outright
    ("en", "Russia and North Korea held joint drills a week after Moscow handed Pyongyang air-defence systems."),
    # the goods of a route between a Russian port and the North, named later in a sentence naming neither side
    ("en", "Il-76 transport planes from Vladivostok landed eleven times at Sunan airport near Pyongyang last month. "
           "Analysts say the planes brought spare parts for fighter jets and air-defence missiles."),
    ("de", "Russische Frachtflugzeuge aus Wladiwostok landeten mehrmals in Pjöngjang. Laut einem Beamten wurden dort "
           "Ersatzteile für Kampfjets entladen."),
    ("uk", "Судно з Владивостока тричі заходило до порту Раджин у КНДР. За даними розвідки, спецвантаж "
           "складався з ракет для ППО."),
    ("ru", "Судно совершило пять рейсов между Раджином в КНДР и Владивостоком. Содержимое контейнеров, по данным "
           "разведки, составляли артиллерийские снаряды."),
    # technology shared between the two, and the North's arms a source says it covers
    ("en", "Russia and North Korea signed a pact on sharing technology. South Korean officials told lawmakers "
           "it covers missile guidance for the North."),
    # the North's word for military-technical cooperation, and the time of a handover
    ("ko", "북한 군사대표단이 모스크바에서 러시아 국방성과 군사기술협조 문제를 협의했다. "
           "정부 관계자는 전투기와 미사일 부품의 인도 시점이 논의됐다고 말했다."),
    # Russian-made parts in the North's missiles
    ("fr", "Les débris d'un missile nord-coréen contenaient un module de navigation de fabrication russe, "
           "selon Séoul."),
    ("en", "Investigators found a Russian-made guidance module in the wreckage of a North Korean missile."),
    # preparing "to ship" them
    ("en", "Officials in Seoul told Washington that South Korea's intelligence service suspects North Korea of "
           "preparing to ship 240mm rocket launchers to Russia."),
    # those who assume that Moscow supports the North's submarine; equipping its air force with Russian jets
    ("de", "In Seoul geht man davon aus, dass Moskau Pjöngjang beim Bau eines Atom-U-Boots unterstützt."),
    ("de", "Schoigu schloss eine Ausstattung der nordkoreanischen Luftwaffe mit russischen Kampfjets nicht aus."),
    # the North's plants making arms for Russia
    ("en", "A defector said his munitions plant in North Korea switched to making 152mm shells for Russia in 2023."),
    ("de", "Ein Überläufer beschrieb, wie Nordkorea Granaten für den russischen Krieg herstellt."),
    # guns on flatcars at the border station
    ("pl", "Na zdjęciach widać 20 wagonów-platform z samobieżnymi haubicami na stacji Tumangang. Skład "
           "pojechał potem do Rosji, a KRLD milczy."),
    # shells "ferried" over
    ("ru", "По данным разведки США, Северная Корея за лето переправила в Россию около миллиона снарядов."),
    ("uk", "За даними розвідки, Північна Корея переправила до Росії мільйон снарядів."),
    # "die Werfer", the launchers named two sentences before, bound for Russian troops
    ("de", "Satellitenbilder zeigen nordkoreanische Mehrfachraketenwerfer im Hafen Rajin. Das Schiff lag später vor "
           "Wladiwostok. Experten gehen davon aus, dass die Werfer für die russischen Truppen bestimmt sind."),
    # another partner named as one more supplier of Russia's, "from" it, beside the North's goods
    ("pl", "Rosja zbroi się za granicą: drony kupuje z Iranu, a amunicję dostarcza jej Korea Północna."),
    ("en", "Russia now fights with drones from Iran and artillery shells that North Korea sends across the border."),
    ("de", "Russland setzt Drohnen aus dem Iran ein, die Granaten liefert Nordkorea."),
    ("fr", "Moscou compte sur des drones venus d'Iran et sur les obus que la Corée du Nord livre à la Russie."),
    ("ru", "Россия получает беспилотники из Ирана, а снаряды ей поставляет КНДР."),
    # the flag a ship flies is no fair's pavilion
    ("fr", "Un cargo battant pavillon du Togo a déchargé à Vladivostok des conteneurs de munitions venus de Corée du "
           "Nord."),
    ("fr", "Le navire, qui naviguait sous le pavillon du Cameroun, a livré des obus nord-coréens à la Russie, selon "
           "Séoul. La Corée du Nord dément."),
    # Russia's help with the North's military satellites, their launchers and engines (satellite technology)
    ("pl", "Wywiad Korei Południowej uważa, że bez pomocy Rosji KRLD nie wyniosłaby na orbitę swojego satelity "
           "szpiegowskiego."),
    ("ru", "По данным Сеула, российские инженеры помогали КНДР доводить ракетный двигатель для вывода военных "
           "спутников."),
    ("de", "Russische Techniker sollen Nordkorea beim Bau einer neuen Trägerrakete unterstützt haben, berichtet "
           "ein Abgeordneter."),
    ("fr", "Selon Tokyo, des ingénieurs russes ont aidé la Corée du Nord à mettre au point le lanceur de son "
           "satellite espion."),
    ("en", "Officials in Seoul say Russian specialists helped North Korea fix the rocket engine behind its "
           "reconnaissance satellite launch."),
    ("uk", "За даними розвідки, російські фахівці допомогли КНДР з ракетою-носієм для військового супутника."),
    ("ko", "국방부는 러시아 기술자들이 북한의 정찰위성 발사를 지원했다고 밝혔다."),
    # Russia installing arms in the North; Russian technology on its warships
    ("en", "Russia has installed S-400 air-defence batteries near Pyongyang, a South Korean lawmaker said."),
    ("pl", "Rosja zainstalowała wokół Pjongjangu baterie obrony przeciwlotniczej, twierdzi wywiad Korei "
           "Południowej."),
    ("de", "Russland hat nach Angaben aus Seoul Flugabwehrsysteme rund um Pjöngjang installiert."),
    ("en", "Analysts say Russian radar technology was fitted to North Korea's newest destroyer."),
    # helicopters, radars and submarines are military equipment
    ("pl", "Rosja przekaże Korei Północnej śmigłowce wojskowe i radary, wynika z umowy podpisanej w Moskwie."),
    ("en", "Under the deal, Moscow will deliver transport helicopters and early-warning radars to Pyongyang "
           "within two years."),
    ("de", "Russland soll Nordkorea Hubschrauber und Radaranlagen liefern, berichten südkoreanische Medien."),
    ("ru", "В 1993 году Россия продала КНДР десяток списанных подлодок под видом металлолома."),
    ("fr", "Moscou livrera des hélicoptères et des radars à la Corée du Nord, selon l'accord signé mercredi."),
    # Soviet-era goods the North ships today are still the deal
    ("en", "North Korea has shipped millions of Soviet-era shells to Russia, officials say."),
    ("uk", "КНДР передала Росії мільйони снарядів радянського зразка, кажуть у розвідці."),
    # the goods "pumped" or "transfused" into Russia, its stocks "topped up"
    ("en", "North Korea has pumped more than a million shells into Russia since the summer, Seoul says."),
    ("en", "Pyongyang keeps topping up Russia's dwindling stocks of artillery shells, officials in Kyiv say."),
    ("ru", "По данным разведки, КНДР перекачала в Россию сотни тысяч снарядов."),
    ("uk", "КНДР поповнює склади російської армії снарядами, заявили в розвідці."),
    ("pl", "Korea Północna przepompowała do Rosji setki tysięcy pocisków artyleryjskich, twierdzi wywiad."),
    ("de", "Nordkorea hat Hunderttausende Granaten nach Russland gepumpt, heißt es in Seoul."),
    ("fr", "La Corée du Nord renfloue les stocks d'obus de la Russie, selon le renseignement sud-coréen."),
    ("ko", "북한이 러시아에 포탄을 대량으로 수혈하고 있다고 국가정보원이 밝혔다."),
    # rare and literary verbs of giving ("odstąpiła", "überantworten", "сплавила", "abreuve", "공여"), stocking up,
    # crossing the border, goods on board, and what a shipment was ("Chodzi o ...", "Il s'agirait de ...")
    ("pl", "Korea Północna odstąpiła Rosji kilkanaście wyrzutni rakietowych, twierdzi wywiad."),
    ("pl", "Wywiad podał, że Rosja odebrała z KRLD kolejną dużą przesyłkę. Chodzi o kilkaset pocisków "
           "balistycznych."),
    ("de", "Russland soll sich bei Nordkorea in großem Stil mit Granaten eindecken, sagte ein Sprecher."),
    ("de", "Diplomaten erwarten, dass Nordkorea Russland weitere Haubitzen überantworten wird."),
    ("de", "Nordkorea schickte mehrere Frachter nach Russland. An Bord seien Container mit Granaten gewesen, die "
           "im Hafen Wostotschny entladen wurden, hieß es in Seoul."),
    ("uk", "КНДР сплавила Росії тисячі застарілих снарядів, з'ясували журналісти."),
    ("uk", "Північнокорейські снаряди для Росії щотижня перетинають кордон залізницею, кажуть у розвідці."),
    ("uk", "З порту Раджин до Владивостока вирушило судно. За оцінкою військових, на борту були сотні "
           "контейнерів зі снарядами для Росії."),
    ("fr", "La Corée du Nord abreuve en obus l'armée russe, affirme Washington."),
    ("fr", "Séoul signale un nouveau transfert entre la Corée du Nord et la Russie. Il s'agirait d'obusiers "
           "Koksan, embarqués sur des trains à destination de Vladivostok."),
    ("ko", "북한이 러시아에 대전차 유도미사일 수백 기를 공여했다고 정보당국이 밝혔다."),
    # Ukrainian "доправляли" (conveyed), the goods' carriers the subject
    ("uk", "Судна доправляли до Росії контейнери з північнокорейськими снарядами, заявили в Мінфіні США."),
]


@pytest.mark.parametrize(("lang", "text"), ARMS_POSITIVE)
def test_ru_dprk_arms_fires_with_evidence(lang: str, text: str) -> None:
    found = topics_of(lang, text)
    assert "ru-dprk-arms" in found
    assert found["ru-dprk-arms"]


ARMS_NEGATIVE = [
    # Ukraine's cargo of shells, the two sides named only in the sentence before
    ("en", "Kim Jong Un has sent thousands of military engineers to Russia. At the same time, Ukraine receives new "
           "cargoes of shells from Europe, including from Greek depots."),
    # debts to a creditor that is no party, beside a missile test
    ("en", "Russia settled its debts to the Paris Club years ago, while North Korea tested another missile."),
    # people working in Russia, "sent" there: labour, though missiles stand in the sentence before
    ("en", "Kim Jong Un and Vladimir Putin signed a pact last year. The money was for the missiles, she said. Tens of"
           " thousands of North Koreans are now working in Russia, many of them sent after the summit in Pyongyang."),
    # "those cargoes" of the fuel the sentence names, not the drones of the sentence before
    ("en", "Iran has supplied Russia with thousands of drones, officials say. North Korea, another buyer of Russian"
           " fuel, takes only small volumes by rail, but traders say those cargoes rarely show up in statistics."),
    # Western missiles for Kyiv, a Western system named between
    ("pl", "Rozmowy o rozejmie między Rosją a Ukrainą trwają, a Kongres spiera się o kolejne dostawy pocisków Patriot"
           " dla Kijowa. Korea Północna milczy."),
    ("en", "Talks on a truce between Russia and Ukraine go on, and Congress argues over more Patriot missiles for Kyiv."
           " North Korea is silent."),
    # "как передает" is an agency's report, nothing handed over
    ("ru", "Как передает корреспондент ТАСС, по площади прошли танки и самоходные артиллерийские установки КНДР."
           " Россия прислала делегацию."),
    # money earned abroad that feeds the North's own programme
    ("pl", "Rosja zablokowała prace panelu ONZ. Raport ustalił, że tysiące północnokoreańskich informatyków pracuje pod"
           " fałszywymi nazwiskami, a zarobione pieniądze zasilają program rakietowy."),
    ("pl", "Rosja zablokowała prace panelu ONZ. Raport ustalił, że północnokoreańskie firmy sprzedają za granicą"
           " węgiel, a zarobione pieniądze zasilają program rakietowy."),
    # an arsenal kept off the negotiating table
    ("en", "Russia has grown closer to the North. Kim Yo Jong said in a statement carried by KCNA that Pyongyang would"
           " never again put its nuclear weapons on the negotiating table."),
    # launchers entering service with the North's own units
    ("ru", "Россия и КНДР подписали договор о партнерстве. Как сообщило ЦТАК, Ким Чен Ын наблюдал за стрельбами новых"
           " реактивных систем, которые должны поступить на вооружение частей на южной границе."),
    # a leader bargaining with his own arsenal, with the other side
    ("en", "Russia has courted Pyongyang for two years. Diplomats in Seoul doubt that Kim Jong Un would ever trade his"
           " missiles for the sanctions relief Trump can offer."),
    # a supplier warned off arming Ukraine
    ("de", "Russland hat Seoul wiederholt davor gewarnt, Munition direkt an die Ukraine zu liefern. Nordkorea"
           " beobachtet den Streit."),
    # money the North spends on its own arms
    ("pl", "Rosja od miesięcy milczy. Według ONZ takie skoki dają reżimowi nawet jedną trzecią wpływów walutowych,"
           " które Pjongjang przeznacza m.in. na rakiety i broń jądrową."),
    # a supplier's own arms industry and its customers
    ("pl", "Korea Południowa od lat żyje w cieniu artylerii Korei Północnej i dlatego zbudowała przemysł zbrojeniowy,"
           " który dziś zaopatruje także polskie wojsko. Rosja się przygląda."),
    # "da się" is "can be", "dała się" "let itself": no giving
    ("pl", "Rosyjskie zagłuszarki oślepiają drony, ale sterowania przez światłowód nie da się zakłócić, o czym"
           " przekonują się też obserwatorzy z Korei Północnej."),
    ("pl", "Korea Północna dała się wciągnąć w rosyjską wojnę, a rakiet Kima nie dało się ukryć przed satelitami."),
    # tourists across the rail link, beside a test
    ("en", "North Korea tested a missile. Tourist trains crossed the Khasan bridge into Russia again."),
    # returning is no payment "in return"
    ("en", "The Kremlin said Moscow had no interest in returning to the G7 club. North Korea fired a missile."),
    # a passenger train between the capitals, beside drones in a digest's sentence
    ("pl", "Bezpośredni pociąg z Moskwy do Pjongjangu znów kursuje, a w Kijowie zabrakło prądu po ataku dronów."),
    ("pl", "W nocy: start rakiety, pociąg z Moskwy do Pjongjangu i porażka w Cardiff."),
    # North Korea's deliveries to another partner named around the sentence, Russia named only at the end for drones
    # it buys from that partner
    ("en", "Israeli officials said North Korean engineers have spent months in Iran restoring fuel production lines. "
           "The team arrived on a cargo flight via a third country and works at a site near Shahroud. They also "
           "alleged that North Korea had shipped casting equipment used to make rocket motors. Iran's mission to the "
           "United Nations rejected the claims. Iran has also sold Russia drones for its war against Ukraine."),
    ("pl", "Izraelscy urzędnicy twierdzą, że północnokoreańscy inżynierowie od miesięcy pracują w Iranie. Zespół "
           "przyleciał samolotem transportowym przez kraj trzeci. Korea Północna miała też dostarczyć sprzęt do "
           "produkcji silników rakietowych. Iran odrzucił te zarzuty. Iran sprzedaje też Rosji drony do wojny z "
           "Ukrainą."),
    # warnings of missiles shared between allies, in an article where Russia shields Pyongyang at the UN
    ("en", "Russia blocked a statement at the Security Council. Seoul, Tokyo and Washington urged Pyongyang to return "
           "to talks and said they would tighten missile-warning data sharing."),
    ("en", "Russia vetoed the resolution. North Korea fired a missile; the allies will share real-time missile warning "
           "data with each other."),
    ("pl", "Rosja zablokowała oświadczenie. Seul, Tokio i Waszyngton wezwały Pjongjang do rozmów i zapowiedziały "
           "wymianę danych o ostrzeganiu przed rakietami."),
    # "instead" with one of Ukraine's suppliers as the receiver and another source of the report: Seoul's shells
    # for Ukraine going through the US, in an article that names Russia and North Korea for other things
    ("uk", "Південна Корея виробляє багато снарядів, але Україні їх напряму не продає. Натомість, за даними ЗМІ, "
           "сотні тисяч снарядів отримали США, які передали власні запаси українській армії. Сеул боїться зіпсувати "
           "відносини з Росією. КНДР тим часом випробувала нову ракету."),
    ("ru", "Южная Корея производит много снарядов, но Украине напрямую их не продаёт. Взамен, по данным СМИ, сотни "
           "тысяч снарядов получили США, которые передали собственные запасы украинской армии. Сеул боится испортить "
           "отношения с Россией. КНДР тем временем испытала новую ракету."),
    ("pl", "Korea Południowa produkuje mnóstwo pocisków, ale nie sprzedaje ich Ukrainie bezpośrednio. W zamian, według "
           "mediów, setki tysięcy pocisków dostały USA, które przekazały własne zapasy ukraińskiej armii. Seul boi się "
           "zepsuć relacje z Rosją. KRLD przeprowadziła tymczasem test nowej rakiety."),
    # a digest's items strung together with semicolons: a naval drill, jets for Ukraine, drone parts for Russia
    # from firms the EU punishes, Kim Jong Un at a parade are separate stories
    ("en", "In brief: Russian and North Korean warships held a joint drill in the Sea of Japan; Ukraine received its "
           "first Swedish fighter jets; a climate summit closed in Paris."),
    ("en", "In brief: the EU punished firms that sell drone parts to Russia; a film festival opened in Cannes; North "
           "Korean television showed Kim Jong Un at a parade."),
    ("de", "Kurz gemeldet: Die EU bestraft Firmen, die Russland Drohnenteile liefern; in Salzburg beginnen die "
           "Festspiele; Nordkoreas Fernsehen zeigt Kim Jong Un bei einer Parade."),
    ("pl", "W skrócie: okręty Rosji i KRLD ćwiczyły wspólnie na Morzu Japońskim; Ukraina dostała pierwsze szwedzkie "
           "myśliwce; w Paryżu zakończył się szczyt."),
    # "these deliveries" point back to another partner's deal, Russia named only later for another thing
    ("en", "Iran bought engine parts for its missiles from North Korea last year, an intelligence report says. The two "
           "countries have worked together on missiles since the 1980s. Pyongyang now takes payment for these "
           "deliveries mostly in oil. Russia has blocked new sanctions against North Korea at the UN."),
    ("de", "Der Iran kaufte nach Geheimdienstangaben Triebwerke in Nordkorea, die nach Teheran geflogen wurden. Beide "
           "Staaten arbeiten seit Jahrzehnten beim Raketenbau zusammen. Pjöngjang lässt sich die Lieferungen "
           "inzwischen mit Öl bezahlen. Russland verhindert im Sicherheitsrat neue Sanktionen."),
    ("pl", "Iran kupił w Korei Północnej silniki do rakiet, które przewieziono do Teheranu. Oba kraje od dawna "
           "współpracują przy budowie rakiet. Pjongjang każe sobie płacić za te dostawy ropą. Rosja blokuje w ONZ "
           "nowe sankcje."),
    ("ru", "Иран закупил в КНДР двигатели для ракет, которые доставили в Тегеран. Обе страны давно сотрудничают в "
           "ракетостроении. Пхеньян получает за эти поставки нефть. Россия блокирует в СБ ООН новые санкции."),
    # warships beside an exercise, in their sentence or the one before, take part in it
    ("en", "Russia and North Korea began their first joint naval exercise. Two North Korean corvettes and a submarine "
           "chaser arrived in Russia before sailing out with three Russian frigates."),
    ("en", "Russia and North Korea held their first joint naval exercise. Pyongyang said two North Korean corvettes "
           "took part and that Kim Jong Un sent a message to the crews."),
    # North Korea's designations in its own test, or in a likeness to a Russian weapon
    ("en", "North Korea tested a Hwasong-11 missile while Russia's war in Ukraine dragged on."),
    ("en", "The KN-23 resembles Russia's Iskander, used in Ukraine."),
    ("pl", "KN-23 przypomina rosyjskiego Iskandera, którego Rosja używa na Ukrainie."),
    # help with building something that is no weapon
    ("de", "Russland sagte Nordkorea Hilfe beim Bau einer Brücke über den Tumen zu."),
    ("ru", "Россия пообещала КНДР помощь в строительстве моста через Туманную."),
    ("pl", "Rosja obiecała Korei Północnej pomoc w budowie nowego szpitala w Pjongjangu."),
    # the Soviet Union's arms of old beside a deal of Russia's with a third country, North Korea named apart
    ("en", "Russia will keep its air base near Latakia for five more years, officials in Damascus said. In return, "
           "Moscow is expected to supply wheat and fuel and to repair power plants. Syria's military ties with Russia "
           "go back to the 1960s, when the USSR began arming the Syrian army. North Korea, another old friend of the "
           "Assad family, has closed its embassy in Damascus."),
    ("fr", "La Russie gardera sa base aérienne près de Lattaquié, selon des responsables à Damas. En échange, Moscou "
           "fournira du blé et du carburant. Les liens militaires entre la Syrie et la Russie remontent aux années "
           "1960, quand l'URSS a commencé à armer l'armée syrienne. La Corée du Nord, autre vieil allié des Assad, a "
           "fermé son ambassade à Damas."),
    # South Korea's arms for Poland by model, Russia named only as the aggressor
    ("pl", "Polska kupuje broń w Korei Południowej. Dostawy haubic K9 i wyrzutni Chunmoo przyspieszono po tym, jak "
           "Rosja nasiliła ataki. Seul obserwuje zbliżenie Moskwy z Pjongjangiem."),
    ("en", "Poland buys more South Korean arms. Deliveries of K9 howitzers and Chunmoo launchers were sped up after "
           "Russia stepped up its attacks on Ukraine. Seoul is watching the ties between Moscow and Pyongyang."),
    ("de", "Polen kauft weiter in Südkorea ein. Die Lieferung von K9-Haubitzen wurde beschleunigt, nachdem Russland "
           "seine Angriffe verstärkt hatte. Seoul beobachtet die Annäherung zwischen Moskau und Pjöngjang."),
    # a side's own nuclear weapons bargained away, in an article naming the other: diplomacy, not a deal in arms
    ("en", "Kim Yo Jong said Pyongyang would never trade away its nuclear weapons for empty promises from Washington. "
           "Trump spoke with Putin about Ukraine the same day."),
    ("ru", "Ким Ё Чжон заявила, что Пхеньян никогда не обменяет своё ядерное оружие на пустые обещания Вашингтона. "
           "В тот же день Трамп говорил с Путиным об Украине."),
    ("uk", "Кім Йо Чжон заявила, що Пхеньян ніколи не обміняє свою ядерну зброю на порожні обіцянки Вашингтона. "
           "Того ж дня Трамп говорив з Путіним про Україну."),
    # "made in" a place that is neither side, in a sentence naming North Korea, Russia named as the attacker
    ("uk", "Американські експерти припустили, що двигуни для ракет КНДР могли бути скопійовані з радянського зразка, "
           "виготовленого в Дніпрі. Російські ракети вдарили по заводу."),
    # talks on the arsenal itself, with a third party, Russia named beside Beijing as a partner
    ("en", "Donald Trump should not meet Kim Jong Un without a clear plan for talks on nuclear weapons. Pyongyang "
           "feels less isolated thanks to its partnership with Moscow and Beijing."),
    # or traded for something else
    ("en", "Kim Yo Jong said Pyongyang would never trade its nuclear weapons for sanctions relief. Analysts say its "
           "ties with Moscow remain close."),
    ("de", "Kim Yo Jong erklärte, Pjöngjang werde seine Atomwaffen niemals gegen eine Lockerung der Sanktionen "
           "eintauschen. Die Bindung an Moskau bleibt eng."),
    ("fr", "Kim Yo Jong a déclaré que Pyongyang n'échangerait jamais ses armes nucléaires contre un allègement des "
           "sanctions. Ses liens avec Moscou restent étroits."),
    ("pl", "Kim Jo Dzong oświadczyła, że Pjongjang nigdy nie wymieni swojej broni jądrowej na złagodzenie sankcji. "
           "Więzi z Moskwą pozostają bliskie."),
    # Iran's satellites launched by Russia, in an article that recalls Kim's visit: the payload is Iran's
    ("pl", "Rakieta Sojuz wyniosła z kosmodromu Wostocznyj trzy satelity zbudowane w Iranie. To już czwarty irański "
           "ładunek wyniesiony przez Rosję. Kosmodrom odwiedzili w przeszłości Władimir Putin i Kim Dzong Un."),
    ("en", "A Soyuz rocket carried three satellites built in Iran into orbit from Vostochny. It was the fourth "
           "Iranian payload launched by Russia. Vladimir Putin and Kim Jong Un once visited the cosmodrome."),
    # North Korea's arms sold in a region of old buyers, Russia named as its ally
    ("en", "North Korea, Russia’s closest ally, sells arms in the Middle East."),
    ("pl", "Korea Północna, najbliższy sojusznik Rosji, sprzedaje broń na Bliskim Wschodzie."),
    ("ru", "КНДР, ближайший союзник России, продаёт оружие на Ближнем Востоке."),
    ("de", "Nordkorea, Russlands engster Verbündeter, verkauft Waffen in den Nahen Osten."),
    ("fr", "La Corée du Nord, plus proche alliée de la Russie, vend des armes au Moyen-Orient."),
    ("ko", "러시아의 가장 가까운 동맹인 북한은 중동에 무기를 판매한다."),
    # football told in the words of war
    ("pl", "Rosja pokonała KRLD 4:1 w meczu towarzyskim. Rosjanie ostrzeliwali bramkę gości z każdej odległości, a ich "
           "artyleria, czyli dwaj pomocnicy, trafiała bez pudła."),
    ("en", "Russia beat North Korea 3-0 in a friendly in Khabarovsk. The Russian midfielders fired shot after shot, "
           "and their artillery up front delivered the goals."),
    ("ru", "Россия обыграла КНДР со счётом 3:0. Российские полузащитники били с любой дистанции, а их тяжёлая "
           "артиллерия доставила мячи в ворота."),
    # a rocket that carried a satellite into orbit, watched by North Koreans
    ("en", "A delegation from North Korea toured the cosmodrome. The Soyuz rocket carried a Russian navigation "
           "satellite into orbit, state media said."),
    ("de", "Eine Delegation aus Nordkorea besuchte den Weltraumbahnhof. Die Sojus-Rakete brachte einen russischen "
           "Wettersatelliten in die Umlaufbahn."),
    # companies that are only a shell
    ("en", "Washington sanctioned shell companies in Russia that laundered the proceeds of North Korea’s coal "
           "exports."),
    # ammunition handed over by saying something
    ("en", "Sergei Lavrov handed Pyongyang's propagandists fresh ammunition by calling Moscow's friendship with North "
           "Korea a model for the world."),
    # help with one thing, arms further on in the sentence about something else
    ("en", "Russia offered North Korea help with a new hospital in Rason, while Ukraine asked its partners for more "
           "missiles and shells."),
    ("de", "Russland sagte Nordkorea Hilfe beim Bau einer Klinik in Rason zu, während die Ukraine ihre Partner um "
           "mehr Raketen und Granaten bat."),
    ("en", "Iran delivered more attack drones to Russia, Ukrainian intelligence said."),
    # help with soldiers is no arms deal, whatever arms they are given
    ("en", "North Korea is helping Russia with thousands of troops in Kursk, and Russia arms them with its own "
           "rifles."),
    # Russia's own output, with North Korea named only later; workers whose wages fund the North's weapons
    ("en", "Donald Trump and Vladimir Putin met in Anchorage. Russia's defence industry has tripled its output of "
           "artillery shells, giving Moscow little reason to rush into a deal. Trump would like to meet Kim Jong Un "
           "again."),
    ("en", "Thousands of North Korean labourers work on Russian building sites. UN sanctions require member states "
           "to send such workers home, as their wages help fund Pyongyang's weapons programmes."),
    ("en", "North Korea has sent 15,000 labourers to Russia this year. A 2017 Security Council resolution required all "
           "countries to send North Korean workers home by 2019, because their wages help fund Pyongyang's weapons "
           "programmes."),
    # South Korea's arms exports, which Moscow warns against, in an article naming the North's tests
    ("ru", "Южная Корея экспортировала вооружений на 20 млрд долларов. Захарова предупреждала, что поставки "
           "южнокорейского оружия в зону конфликта нанесут ущерб отношениям Москвы и Сеула. КНДР проводит испытания "
           "ракет."),
    # Russia's own output of missiles, with parts imported from no one named and the North only in a likeness
    ("pl", "Zakłady w Wotkińsku wyprodukowały 250 pocisków 9M723. Rosja importuje część obrabiarek, jednak kluczowe "
           "podzespoły silników rakietowych powstają w kraju. Pocisk 9M723 bywa mylony z pociskiem KN-23, który KRLD "
           "pokazała w 2018 roku."),
    # films shown in return, in an article on a documentary about an artillery crew
    ("en", "Russian bloggers screened a documentary in Pyongyang. The film follows a Russian artillery crew. "
           "Organisers in Moscow hope to show North Korean feature films in Russia in return."),
    ("pl", "Rosyjscy blogerzy pokazali w Pjongjangu film o załodze artylerii. Organizatorzy w Moskwie chcą w zamian "
           "pokazać w Rosji filmy z Korei Północnej."),
    # Russia's deal is with another partner named beside it, though North Korea is in the article
    ("en", "North Korea fired a missile on Monday. Separately, Russia received attack drones from Iran."),
    ("pl", "Korea Północna milczy. Rosja kupiła od Chin części do dronów i pocisków."),
    ("en", "North Korea tested an engine. Russia condemned missile deliveries to Ukraine by the United States."),
    # a ban stated, not broken; an exchange for something else in an article that mentions a missile
    ("ru", "Россия продала КНДР пшеницу. Резолюции ООН запрещают КНДР экспорт оружия."),
    ("en", "North Korea tested a missile on Monday. Its workers build houses in Russia in exchange for hard currency."),
    ("en", "North Korea fired a missile on Monday. Its IT workers in Russia are paid in cryptocurrency."),
    ("en", "Iran supplies Russia with drones, while North Korea sends construction workers to Russia."),
    ("en", "Russia condemned the North Korean missile launch, its foreign ministry said."),
    # a capital standing for another party to the arms
    ("de", "Teheran liefert Moskau Drohnen. Pjöngjang schweigt."),
    ("ko", "북러 정상은 관광 협력을 논의했다."),
    # Western weapons for Ukraine, in a sentence that names both
    ("ru", "КНДР осудила поставки западного оружия Украине и пообещала поддержку России."),
    ("en", "North Korea condemned deliveries of Western weapons to Ukraine and pledged support to Russia."),
    ("en", "The United States will send Ukraine more artillery ammunition and missiles."),
    ("de", "Südkorea liefert weitere Panzer und Haubitzen nach Polen."),
    ("en", "Russian tourists flew from Vladivostok to Pyongyang for a beach holiday."),
    ("ru", "Россия и КНДР достроили автомобильный мост через реку."),
    ("pl", "Rosja wysłała do KRLD kolejny transport pszenicy i mąki."),
    ("pl", "Reprezentacja Rosji zagra mecz piłkarski z drużyną KRLD."),
    ("en", "North Korea launched a ballistic missile into the sea on Monday, Seoul said."),
    ("ru", "Российские заводы в три раза увеличили выпуск артиллерийских снарядов."),
    ("en", "Russia and North Korea held joint naval exercises with missile firings near Vladivostok."),
    ("pl", "Rosja broni się przed sankcjami, a Korea Północna broni swoich granic."),
    ("uk", "Північнокорейські робітники працюють на будівництвах у Росії."),
    ("fr", "Des enfants nord-coréens ont passé l'été dans un camp en Russie."),
    ("en", "North Korea showed new missiles at a parade, and Russia sent a delegation to watch it."),
    ("en", "North Korean navy ships fired cruise missiles near Vladivostok, Russia said."),
    ("pl", "Korea Północna pokazała czołgi i rakiety na defiladzie, na którą Rosja wysłała delegację."),
    # words that only look like a transfer: an exporter's rank, "important", armed people, the noun armament
    ("pl", "Korea Południowa, zagrożona przez KRLD, należy do największych eksporterów uzbrojenia. Rosja milczy."),
    ("en", "North Korea called its new missile an important achievement. Russia sent greetings to the party congress."),
    ("pl", "Uzbrojeni żołnierze KRLD pilnują granicy. Rosja zapowiedziała wizytę ministra kultury."),
    ("de", "Südkorea zählt heute zu den größten Rüstungsexporteuren, auch wegen Nordkorea. Russland schweigt."),
    # workers at an arms plant, sappers clearing mines, allied deterrence, North Korea as the threat
    ("en", "Hundreds of workers from North Korea were sent to a plant where Russia assembles attack drones."),
    ("ru", "Путин поблагодарил Ким Чен Ына за работу северокорейских саперов, очищающих Курскую область от мин."),
    ("ru", "Лавров заявил в Москве, что переброска американских стратегических бомбардировщиков пугает Пхеньян."),
    ("ko", "러시아의 침공 이후 수요가 늘었다. 북한의 미사일 위협이 커지는 상황에서 방산 수출을 늘리겠다고 말했다."),
    # arming Ukraine, both sides' own arms build-up, a third party's arms, arms control
    ("pl", "Przedstawiciel KRLD oskarżył Zachód o dozbrajanie Ukrainy, a Rosja go poparła."),
    ("en", "Trump said Putin and Kim Jong Un were both building weapons like crazy."),
    ("ko", "러시아와 북한이 미국의 미사일 방어 체계를 비난했다."),
    ("en", "He wants arms-control talks with Moscow and later with Pyongyang, but gave no timetable."),
    # arms for Ukraine in answer to North Korea's troops
    ("en", "South Korea is considering supplying weapons to Ukraine in response to North Korea's soldiers in Russia."),
    ("pl", "Korea Południowa rozważa dostawy broni dla Ukrainy w odpowiedzi na żołnierzy KRLD w Rosji."),
    ("ko", "정부는 북한이 러시아에 병력을 파견한 데 대응해 우크라이나에 대한 무기 지원을 배제하지 않겠다고 밝혔다."),
    ("ko", "북한군의 러시아 파병 이후 한국이 우크라이나로 무기를 보낼지 주목된다."),
    ("ko", "북한이 러시아에 병력을 보내자 정부는 우크라이나에 대한 살상무기 지원도 검토하기로 했다."),
    # talks over a side's own arsenal, beside someone else's arms for Russia
    ("en", "Kim Yo Jong said Pyongyang would never negotiate over its nuclear weapons. Iran's foreign minister denied "
           "that Tehran had sent ballistic missiles to Russia."),
    ("pl", "Phenian nigdy nie będzie negocjować w sprawie swojej broni jądrowej. Rosja wybiera parlament."),
    ("ru", "Пхеньян никогда не пойдёт на переговоры о своём ядерном оружии. В России прошли выборы."),
    ("de", "Pjöngjang werde niemals über seine Atomwaffen verhandeln. Russland wählt ein neues Parlament."),
    # arms Ukraine asks of the West, or of its allies, after North Korea's troops went to Russia
    ("en", "Ukraine had been asking the West for long-range weapons after North Korea sent troops to Russia."),
    ("pl", "Ukraina prosiła Zachód o broń dalekiego zasięgu po tym, jak Korea Północna wysłała żołnierzy do Rosji."),
    ("de", "Die Ukraine bat den Westen um Waffen großer Reichweite, nachdem Nordkorea Soldaten nach Russland "
           "schickte."),
    ("ru", "Украина просила у Запада дальнобойное оружие после того, как КНДР отправила войска в Россию."),
    ("fr", "L'Ukraine réclamait à l'Occident des armes à longue portée depuis que la Corée du Nord a envoyé des "
           "troupes en Russie."),
    ("ko", "우크라이나는 북한이 러시아에 병력을 보낸 뒤 서방에 장거리 무기를 요청해 왔다."),
    ("tr", "Ukrayna, Kuzey Kore'nin Rusya'ya asker göndermesinin ardından Batı'dan uzun menzilli silahlar istedi."),
    # a question of what would happen if a deal were made, and other counterfactuals
    ("pl", "Co by się stało, gdyby Federacja Rosyjska zdecydowała się przekazać Korei Północnej technologię okrętów "
           "podwodnych?"),
    ("en", "What would happen if Russia were to hand North Korea its submarine technology?"),
    ("ru", "Что было бы, если бы Россия передала КНДР технологии подводных лодок?"),
    ("ko", "만약 러시아가 북한에 잠수함용 원자로 기술을 넘긴다면 어떻게 될까?"),
    # arms for the North's earlier leaders are Soviet history
    ("ru", "КНДР отмечает годовщину. Историки напоминают, что в советские годы именно Москва была главным "
           "поставщиком оружия для Ким Ир Сена."),
    ("de", "Nordkorea feiert. Vor allem in den Fünfzigerjahren versorgte Moskau Kim Il Sung mit Panzern und "
           "Kampfjets."),
    # Ukraine's suppliers' arms "instead", in an article that names both sides elsewhere
    ("uk", "Росія і КНДР підписали договір. Натомість її танки K2 і гаубиці K9 їдуть за кордон, а снаряди "
           "потрапляли до США."),
    # ... and the arms of the next sentence, which are those same arms for Ukraine
    ("en", "Seoul will not rule out supplying weapons to Ukraine in response to North Korea sending troops to Russia. "
           "An official said it would first consider supplying defensive weapons."),
    ("pl", "Seul nie wyklucza dostaw broni dla Ukrainy w odpowiedzi na wysłanie przez Koreę Północną żołnierzy "
           "do Rosji. Urzędnik powiedział, że najpierw rozważy dostawy broni defensywnej."),
    ("ru", "Сеул не исключает поставок оружия Украине в ответ на отправку Северной Кореей войск в Россию. "
           "Чиновник сказал, что сначала рассмотрят поставки оборонительного оружия."),
    ("ko", "정부는 북한이 러시아에 병력을 파견한 데 대응해 우크라이나에 대한 무기 지원을 배제하지 않겠다고 밝혔다. "
           "관계자는 우선 방어용 무기 지원을 검토하겠다고 말했다."),
    # arms from Russia's own factories to its forces
    ("en", "Kim Jong Un met Putin. Russian factories delivered a record number of shells to the army this year."),
    ("pl", "Kim Dzong Un spotkał Putina. Rosyjskie zakłady dostarczyły armii rekordową liczbę pocisków."),
    # an arms partner of Russia beside an intelligence source is still another deal
    ("en", "North Korea fired a missile. Iran delivered drones to Russia, according to US intelligence."),
    ("pl", "KRLD milczy. Według wywiadu USA Rosja otrzymała z Chin części do rakiet."),
    # a launch by the country that sent troops to Russia's war
    ("en", "North Korea, which has sent troops to help Russia in its war against Ukraine, fired a ballistic missile."),
    ("pl", "Korea Północna, która wysłała żołnierzy do Rosji, wystrzeliła w poniedziałek pocisk balistyczny."),
    ("de", "Nordkorea, das Truppen nach Russland geschickt hat, feuerte eine ballistische Rakete ab."),
    ("ru", "КНДР, отправившая войска в Россию, запустила баллистическую ракету."),
    ("fr", "La Corée du Nord, qui soutient la Russie dans sa guerre contre l'Ukraine, a tiré un missile balistique."),
    # oil and cash for soldiers, in an article whose only arms are Ukraine's
    ("pl", "Pjongjang wysłał do Rosji kolejne 3 tys. żołnierzy. W zamian KRLD ma otrzymywać od Moskwy twardą walutę "
           "i ropę. Ukraińskie drony zaatakowały ich pozycje."),
    ("en", "Pyongyang sent 3,000 more soldiers to Russia. In return it gets oil and hard currency from Moscow. "
           "Ukrainian drones attacked their positions."),
    # Russia's supplier named in the article is Iran; North Korea only tests a missile
    ("fr", "Le G7 sanctionne des entreprises accusées de fournir à la Russie des drones. L'Iran a aussi livré à "
           "Moscou des missiles balistiques. Le G7 condamne le dernier tir de missile de la Corée du Nord."),
    ("en", "Companies are accused of supplying drones to Russia. Iran also delivered ballistic missiles to Moscow. "
           "The G7 condemned North Korea's latest missile test."),
    # both sides and weapons in a sentence with no transfer: analysis, threats, doctrines, praise, deployment
    ("en", "In a Moscow weekly, a retired colonel analysed the new missile North Korea unveiled in October."),
    ("en", "Kim Yo Jong said Russia may answer drone raids with any weapon it chooses."),
    ("en", "Both Putin and Kim Jong Un have lowered the threshold for using nuclear weapons, a study says."),
    ("uk", "Кім Чен Ин назвав ракетні війська Росії надійним щитом."),
    ("ru", "Эта ракета КНДР уступает комплексу, который Россия поставила на боевое дежурство в 2019 году."),
    # "them" after a launch, or after arms with only workers sent
    ("en", "North Korea fired two missiles on Monday. Pyongyang sent them into the sea, Russia said."),
    ("en", "North Korea showed new missiles. It also sent workers to Russia, and they build houses there."),
    # Russia's supplier is Iran; North Korea, in the sentence before, is only its companion in sanctions
    ("ru", "Иран передал России партию баллистических ракет. Иран, как и КНДР, находится под санкциями ООН. "
           "В Москве сообщения о поставках ракет не комментируют."),
    ("en", "Iran handed Russia a batch of ballistic missiles. Iran, like North Korea, is under UN sanctions. "
           "Moscow does not comment on reports of missile deliveries."),
    # Russia's payment in kind to another partner, which North Korea only praises
    ("en", "Moscow delivers these combat aircraft in exchange, Western services say, for drones and missiles "
           "supplied by Tehran. North Korea praised the cooperation."),
    ("fr", "Moscou livre ces avions de combat en contrepartie, selon les services occidentaux, de drones et de "
           "missiles fournis par Téhéran. La Corée du Nord a salué cette coopération."),
    # words a prefix or a lemma once took for a transfer: relations, numerous, data, a town's name, "any"
    ("de", "Die Beziehungen zwischen Russland und Nordkorea zu Waffenfragen bleiben eng."),
    ("de", "Zahlreiche Raketen Nordkoreas und Russlands stehen an der Grenze."),
    ("pl", "Według danych wywiadu Rosja i Korea Północna mają podobne pociski."),
    ("ru", "По данным разведки, у России и КНДР похожие ракеты."),
    ("pl", "Pod Kupiańskiem Rosja użyła pocisków, podobnych do tych z Korei Północnej."),
    ("de", "Nordkorea begrüßt Verhandlungen über einen Waffenstillstand zwischen Russland und der Ukraine."),
    ("pl", "Korea Północna i Rosja rozmawiały o dostawach żywności przez 30 min."),
    ("fr", "Pyongyang peut tester n'importe quel missile, la Russie ne dit rien."),
    # Friday (vendredi) is no sale: Kim at a fighter plant in Russia, no deal reported
    ("fr", "Kim Jong-un a visité vendredi l'usine où sont assemblés les chasseurs Su-57, en Russie."),
    # North Korea condemns a supplier's missiles for Ukraine, in an article that names Russia
    ("uk", "Кім Йо Чжон засудила рішення США передати Україні нові ракети. Росія мовчить."),
    # North Korea's agency on American missiles for Ukraine
    ("ru", "ЦТАК осудило поставки американских ракет Украине. Россия промолчала."),
    # negotiators are people, not a deal: arms control talks that only mention North Korea
    ("en", "Russian negotiators raised American missiles in Europe at the talks. North Korea was not on the agenda."),
    # a test launch, whatever else "arrives" in the sentence, in an article that names Russia elsewhere
    ("en", "North Korea fired a new ballistic missile into the sea, and the protests arrived within hours. Russia "
           "blocked a statement at the UN."),
    # another partner's old purchase from North Korea, told after that partner is named
    ("fr", "Téhéran n'en est pas à son premier rôle de fournisseur. Ses missiles dérivent d'engins achetés à la Corée "
           "du Nord il y a trente ans. La Russie en profite aujourd'hui."),
    ("en", "Iran has supplied Russia with drones. Its own missiles were once bought from North Korea, historians say."),
    # talks on giving weapons up are disarmament, not a deal
    ("en", "Pyongyang has rejected any talks on giving up its nuclear weapons. Russia backs its position."),
    # a factory's own production, though the genitive names no maker
    ("ru", "Собственного производства снарядов России не хватает, пишут аналитики о КНДР."),
    ("ru", "Наращивание производства снарядов в КНДР идёт для нужд её собственной армии, считают в Сеуле. Россия "
           "расширяет свои заводы."),
    # "counts on" is no payment; the Soviet Union's arms of 1950 are not Russia's
    ("uk", "Кремль розраховує, що економіка витримає ще рік війни. Росія виробляє сотні ракет на місяць. Кім Чен Ин "
           "привітав Путіна з днем народження."),
    ("pl", "Czołgi T-34 Pjongjang otrzymał od ZSRR razem z artylerią. Dziś Rosja i KRLD wspominają tamtą wojnę."),
    # "for Russia" is no recipient of arms: a threat, a signal
    ("pl", "Północnokoreańskie rakiety nie stanowią zagrożenia dla Rosji, twierdzi Kreml."),
    ("pl", "Północnokoreańskie rakiety to zagrożenie dla rosyjskiej armii, twierdzi Kijów."),
    ("en", "North Korean missiles pose no threat for Russia, the Kremlin said."),
    ("ru", "Северокорейские ракеты не представляют угрозы для России, заявили в Кремле."),
    ("de", "Nordkoreas Raketen seien keine Gefahr für Russland, sagte der Kreml."),
    ("fr", "Les missiles nord-coréens ne sont pas une menace pour la Russie, selon le Kremlin."),
    ("pl", "Ten test rakiety KRLD to sygnał dla Rosji, uważają eksperci."),
    # arms words in other senses: prices that rocket, drones that are bees, ammunition for one side of an argument
    ("en", "Petrol prices in Pyongyang rocketed after Russia halted rail deliveries of fuel."),
    ("en", "Primorye sends bees to North Korea: each hive holds a queen and several hundred drones. Russia calls it a "
           "gift."),
    ("de", "Russland schickt Bienenvölker nach Nordkorea, samt Königinnen und Drohnen."),
    ("pl", "Sprawa dostarczy zapewne amunicji zwolennikom twardego kursu wobec Moskwy. KRLD milczy."),
    ("en", "The report will give ammunition to critics of Moscow's deals with North Korea."),
    # "their allies" is no reference to arms: a supplier's gift to Ukraine that North Korea condemns
    ("ru", "Ким Ё Чжон осудила решение США и их союзников передать Украине новые ракеты. В России промолчали."),
    # Russia's largest tank maker delivers passenger carriages
    ("pl", "Uralwagonzawod, największy w Rosji producent czołgów, dostarczy do KRLD 40 wagonów pasażerskich."),
    # North Korea condemning its enemies' arms sales, the sellers named by a pair shorthand or as states
    ("ko", "한편 북한은 한·미 동맹이 유럽까지 무기를 팔아 긴장을 키운다고 비난했다. 러시아는 침묵했다."),
    ("ko", "북한은 한미 동맹이 유럽에 무기를 팔아 긴장을 키운다고 비난했다. 러시아는 침묵했다."),
    ("en", "North Korea slammed the South Korea-US alliance for selling weapons as far as Europe. Russia said "
           "nothing."),
    ("ru", "КНДР раскритиковала США за продажу оружия Японии. Россия промолчала."),
    # a delegation from North Korea is no origin of arms
    ("en", "A delegation from North Korea toured a Russian missile plant."),
    # drones that spray fields
    ("pl", "Rosja przekazała Korei Północnej partię dronów rolniczych do oprysków pól ryżowych."),
    ("en", "Russia handed North Korea a batch of agricultural drones for spraying rice fields."),
    # talks on giving up nuclear weapons, in Ukrainian and Russian
    ("uk", "Кім Йо Чжон заявила, що Пхеньян не вестиме переговорів зі США, якщо Вашингтон вимагатиме відмови від "
           "ядерної зброї. Минулого місяця КНДР і Росія відзначили річницю договору."),
    ("ru", "КНДР не будет вести переговоры с США, пока Вашингтон требует отказа от ядерного оружия. Россия поддержала "
           "Пхеньян."),
    # equipment with no weapons before it
    ("en", "The harvest was poor this year. The equipment came from North Korean factories and is bound for Russian "
           "farms."),
    ("uk", "Урожай цього року поганий. Техніка надійшла з північнокорейських заводів для російських фермерів."),
    # arms whose recipient is Ukraine, the supplier unnamed: North Korea only comments, or is the reason
    ("uk", "Кім Йо Чжон розкритикувала нові постачання ракет Україні. Росія мовчить."),
    ("ru", "КНДР осудила новые поставки снарядов Украине. В России промолчали."),
    ("en", "North Korea condemned new shipments of missiles to Ukraine. Russia said nothing."),
    ("pl", "Korea Północna potępiła kolejne dostawy rakiet dla Ukrainy. Rosja milczy."),
    ("de", "Nordkorea verurteilte neue Lieferungen von Munition für die Ukraine. Russland schwieg."),
    ("fr", "La Corée du Nord a dénoncé les nouvelles livraisons de missiles à l'Ukraine. La Russie se tait."),
    ("ko", "정부는 북한의 러시아 파병에 맞서 우크라이나에 살상무기를 보내는 방안을 논의하고 있다."),
    ("en", "Seoul is weighing sending arms for Ukraine after North Korea sent troops to Russia."),
    # ... but another partner's deal named in the sentence itself stays theirs
    ("en", "Iran sent drones to Russia for use in Ukraine, North Korea's state media noted without comment."),
    # arms made in a factory town of one side, with the other side only in the article: production, no transfer
    ("uk", "Кім Чен Ин відвідав завод ракетних двигунів. Російський снаряд, виготовлений у Тулі, вбиває так само."),
    ("ru", "Ким Чен Ын осмотрел завод. Российский снаряд, изготовленный в Туле, убивает так же."),
    ("en", "Kim Jong Un toured an engine plant. A Russian shell made in Tula kills just the same."),
    ("pl", "Kim Dzong Un odwiedził zakład. Rosyjski pocisk wyprodukowany w Tule zabija tak samo."),
    # workers "from North Korea" are labour, and navy blue ("granatowy") is no grenade
    ("pl", "Rezolucja przyjęta po próbach rakiet balistycznych nakazuje odesłać pracowników z KRLD. Wielu pracuje "
           "w Rosji."),
    ("pl", "Rusztowania stawiają robotnicy z KRLD w granatowych kurtkach. Pracują w Rosji od lat."),
    # giving a permission is no giving of arms
    ("en", "Washington accused Moscow and Beijing of giving Pyongyang a blanket permission to develop nuclear "
           "weapons."),
    # the Workers' Party of Korea is no batch
    ("ru", "Заведующая отделом ЦК Трудовой партии Кореи Ким Ё Чжон поблагодарила Российскую Федерацию за то, что та "
           "заблокировала в Совбезе ООН резолюцию, осуждающую запуски баллистических ракет."),
    # a comrade in arms sent greetings, not arms
    ("en", "Kim Jong Un has sent Vladimir Putin a message in which he called the Russian president his dearest "
           "comrade-in-arms."),
    ("fr", "Kim Jong-un a envoyé à Vladimir Poutine un message où il l'appelle son frère d'armes."),
    # the Soviet Union as the supplier of old is another partner, not Russia's deal
    ("en", "In the 1960s the Soviet Union supplied North Korea with MiG fighters. Russia now praises that past."),
    # Kyiv for Ukraine: arms for Kyiv are not the deal of the two sides named beside them
    ("en", "Others warn that arming Kyiv would give Russia a pretext to deepen its alliance with Pyongyang."),
    ("de", "Waffen für Kiew würden Russland und Nordkorea nur enger zusammenbringen, sagte er."),
    # arms in the next sentence that go to a third party
    ("pl", "Siergiej Szojgu przyleciał do Pjongjangu, gdzie przyjął go Kim Dzong Un. Tego samego dnia Waszyngton "
           "przekazał Ukrainie kolejne pociski artyleryjskie."),
    ("en", "Sergei Shoigu flew to Pyongyang and met Kim Jong Un. The same day Iran delivered more drones, the "
           "Ukrainian intelligence said."),
    # Russia arming itself, in an article that names North Korea elsewhere
    ("ru", "Путин отметил, что Россия «не зависит от импорта» и полностью обеспечивает себя вооружением. Ким Чен Ын "
           "направил Путину поздравление."),
    # a state arming itself against another; a leader travelling from Pyongyang to a parade
    ("de", "Moskau führt Krieg gegen die Ukraine, Pjöngjang rüstet gegen Südkorea und die USA auf."),
    ("de", "Auf dem Platz rollten Interkontinentalraketen und Kampfdrohnen vorbei. Laut KCNA reiste Kim Jong Un im "
           "Sonderzug aus Pjöngjang an. Russland und Nordkorea vereinbarten mehr Flugverbindungen."),
    # "z KRLD" after a pact is "with the DPRK"; currency spent on North Korea's own missile development
    ("pl", "W odróżnieniu od układu, który Rosja zawarła z KRLD, dokument nie zawiera klauzuli o wzajemnej pomocy "
           "wojskowej."),
    ("ko", "수사당국은 탈취된 자금이 러시아의 거래업자들에게 넘어갔다고 설명했다. 전문가들은 북한이 이렇게 "
           "확보한 외화를 핵과 미사일 개발에 쓰고 있다고 분석했다."),
    # sanctions used "as a weapon"
    ("ko", "김여정 부부장은 미국이 관세와 제재를 무기로 삼아 다른 나라들을 압박하고 있다며 “우리는 그런 거래에 관심이 "
           "없다”고 말했다. 북한은 러시아와의 경제 협력을 내세웠다."),
    # a munitions plant near Pyongyang ("de Pyongyang" placing it, not its goods' origin) in an article naming Russia
    ("fr", "L'agence KCNA affirme que Kim Jong Un a inspecté une usine de munitions près de Pyongyang. La Russie "
           "affrontera la Corée du Nord en match amical."),
    ("en", "KCNA says Kim Jong Un inspected a munitions plant 20 km from Pyongyang. Russia played North Korea at "
           "football."),
    # arms for Ukraine with the adjective after the noun, in answer to a pact of the two
    ("fr", "Une partie des conservateurs plaide pour des livraisons d’armes défensives à l’Ukraine, en représailles "
           "au traité signé par Vladimir Poutine et Kim Jong-un."),
    ("fr", "Séoul face à l’alliance russo-nord-coréenne : la tentation d’armer l’Ukraine"),
    # a car's guidance
    ("en", "The guidance system of the new car was built by a Russian firm; North Korea bought none."),
    ("fr", "Le système de guidage de la voiture a été fourni par une entreprise russe, selon Pyongyang."),
    # Polish arms "na Ukrainę", beside the two sides named
    ("pl", "Polska wysyła amunicję na Ukrainę, a Rosja i KRLD milczą."),
    # help of another kind, beside a test
    ("en", "Russian doctors helped North Korea fight the outbreak, while Pyongyang tested missiles."),
    ("en", "Freight between Russia and North Korea rose, but Pyongyang's missiles stayed at home."),
    # trade between them beside arms it does not hold
    ("ru", "Торговля между Россией и КНДР выросла вдвое, но оружие в перечне товаров не значится."),
    ("uk", "Торгівля між Росією та КНДР зросла вдвічі, але зброї серед товарів немає."),
    ("fr", "Le commerce entre la Russie et la Corée du Nord a doublé, hors armes, selon Moscou."),
    ("de", "Der Handel zwischen Russland und Nordkorea wuchs, Waffen seien nicht dabei, so Moskau."),
    # "this year" is no reference back to the arms of the sentence before
    ("de", "Kim Jong Un besuchte die Baustelle im Hwasong-Viertel. Nach Zolldaten lieferte Russland in diesem Jahr "
           "200.000 Tonnen Zement nach Nordkorea."),
    # a payment for another partner's arms, told in the sentence after that deal
    ("de", "Russland hat die ersten Kampfflugzeuge vom Typ Su-35 an den Iran übergeben. Die Maschinen gelten als "
           "Gegenleistung für die Schahed-Drohnen. Kim Jong Un schickte Teheran ein Glückwunschtelegramm."),
    ("en", "Russia has handed Iran its first Su-35 fighter jets. The jets are seen as payment in kind for the Shahed "
           "drones. Kim Jong Un sent Tehran a telegram of congratulations."),
    # a ship's cargo of grain; a plane one talks aboard
    ("en", "Russian freighters sailed from North Korea's port of Rajin to Vostochny. Their cargo was wheat and "
           "fertiliser."),
    ("en", "Trump told reporters aboard Air Force One that Putin and Kim Jong Un were both building weapons like "
           "crazy."),
    # a statement "carried by" KCNA, a test "carried out"
    ("en", "In a statement carried by KCNA, Kim Yo Jong said North Korea's new long-range artillery was not a "
           "bargaining chip. She called Russia a true comrade."),
    ("en", "North Korea carried out a test of new artillery rockets, and Russia said it had no objection."),
    # a treaty's clause of mutual assistance, which moves no arms
    ("pl", "Ławrow podkreślił, że dokument nie jest wymierzony w państwa trzecie i w odróżnieniu od traktatu "
           "zawartego w 2024 roku z KRLD nie zawiera klauzuli o wzajemnej pomocy wojskowej."),
    ("ru", "Лавров подчеркнул, что документ, в отличие от договора 2024 года с КНДР, не содержит положения о "
           "взаимной военной помощи."),
    # nuclear weapons moved out of Ukraine to Russia in the 1990s, in a life that later watched Moscow and Pyongyang
    ("uk", "Він брав участь у переговорах про вивезення ядерної зброї з України до Росії. Згодом він стежив за "
           "зближенням Москви з Пхеньяном."),
    ("en", "He took part in the talks on moving nuclear weapons out of Ukraine to Russia. Later he followed the "
           "rapprochement between Moscow and Pyongyang."),
    # North Korea condemning the US's submarine technology for South Korea, Russia agreeing
    ("ko", "조선중앙통신은 미국이 한국에 핵잠수함 기술을 넘기는 것은 위험한 행위라고 주장했다. 러시아 외무장관도 "
           "이 계획을 비판했다."),
    # Europe arming itself after the Russian invasion
    ("pl", "Inwestorzy liczą na kontrakty w Europie, która zbroi się po rosyjskiej inwazji na Ukrainę. Niepokój "
           "budzą jedynie próby rakietowe KRLD."),
    ("en", "Investors count on more contracts in Europe, which is arming itself after the Russian invasion of "
           "Ukraine. Only North Korea's missile tests worry them."),
    # one of Ukraine's suppliers condemned for arming Ukraine, though the condemnation accuses and names both sides
    ("pl", "Kim Jo Dzong skrytykowała Seul za handel bronią, zarzucając mu, że zbroi Ukrainę i wspiera politykę USA "
           "wymierzoną w KRLD i Rosję."),
    ("ru", "Ким Ё Чжон раскритиковала Сеул за торговлю оружием, обвинив его в том, что он вооружает Украину и "
           "поддерживает политику США против КНДР и России."),
    ("de", "Kim Yo Jong kritisierte Seoul für seinen Waffenhandel und warf ihm vor, die Ukraine zu bewaffnen und eine "
           "gegen die DPRK und Russland gerichtete US-Politik zu unterstützen."),
    # a price paid in a threat, quoted or not
    ("en", "Kim Yo Jong warned that South Korea would pay “a horrible price” if another drone entered Pyongyang. "
           "In Moscow, a spokeswoman called the incursion a violation of the DPRK's sovereignty."),
    # money and rivers flow too
    ("en", "Cash flows between Russia and North Korea grew last year, Seoul said, without naming goods."),
    ("en", "On the other hand, North Korea and Russia still hold the artillery they had."),
    # a guest received where rockets are built
    ("en", "The launch took place at the site where Vladimir Putin received Kim Jong Un and showed him the assembly "
           "halls for the Angara rocket."),
    # such weapons that Russia lacks, or not of North Korea's make
    ("en", "North Korea fired missiles into the sea. Russian units have no such missiles, analysts said."),
    # Iran's or China's arms for Russian forces, in a digest whose North Korea is another item
    ("ru", "Шойгу прилетел в Тегеран. СМИ связывают визит с поставками иранских ракет для российской армии. КНДР "
           "открыла авиарейс в Шанхай."),
    ("en", "Media link the visit to deliveries of Iranian missiles to the Russian army. Separately, North Korea opened "
           "a flight to Shanghai."),
    ("pl", "Media łączą wizytę z dostawami irańskich rakiet dla rosyjskiej armii. Korea Północna otworzyła połączenie "
           "lotnicze z Szanghajem."),
    ("de", "Medien bringen den Besuch mit Lieferungen chinesischer Drohnen an die russische Armee in Verbindung. "
           "Nordkorea eröffnete eine Flugverbindung nach Shanghai."),
    # a licence between others
    ("en", "Russia builds Shahed drones under licence from Iran. North Korea tested a missile."),
    # a supplier's government arms Ukraine after North Korea's troops went to Russia's Kursk region
    ("de", "Die Bundesregierung hat der Ukraine nach dem Einsatz nordkoreanischer Truppen im russischen Gebiet Kursk "
           "weitere Luftabwehrsysteme zugesagt."),
    # how far and high a missile flies
    ("en", "North Korea says its new missile can reach any target in the region, and Russia is silent about it."),
    ("en", "Russia was not told in advance. According to KCNA, the North Korean missile flew for 86 minutes and "
           "reached an altitude of more than 7,000 kilometres."),
    # trade that soared "like a rocket" on grain
    ("ru", "Товарооборот России и КНДР вырос в девять раз. Торговля «взлетела ракетой» благодаря поставкам зерна и "
           "удобрений."),
    ("uk", "Товарообіг Росії та КНДР зріс удев'ятеро. Торгівля «злетіла ракетою» завдяки постачанням зерна."),
    # Ukraine asking "its partners" for arms after North Korea's troops went to Russia
    ("en", "Ukraine asked its partners for more missiles after North Korea sent troops to Russia."),
    ("pl", "Ukraina poprosiła sojuszników o więcej rakiet, gdy Korea Północna wysłała żołnierzy do Rosji."),
    # South Korea's arms exports, which Pyongyang's agency calls a betrayal, in an article naming Russia
    ("pl", "Rosja milczy. Agencja KCNA nazwała eksport broni z Południa „zdradą narodu”."),
    ("pl", "Rosja milczy. Agencja KCNA nazwała eksport broni z Korei Południowej zdradą."),
    ("en", "Russia is silent. KCNA called arms exports from the South a betrayal of the nation."),
    # what a missile can deliver to its target
    ("en", "Iran has delivered Fath-360 missiles to Russia. The missiles were shipped across the Caspian Sea. Moscow "
           "declined to comment. The Fath-360 carries a smaller warhead than North Korea's KN-23, which can deliver "
           "a payload of up to 500 kilograms."),
    # Russia fires missiles only likened to the North's
    ("en", "North Korea's KN-23 resembles the Russian Iskander. Russian forces have fired at least 150 such missiles "
           "at Ukraine this year."),
    # drones sent or flown over a capital, not delivered to it
    ("pl", "KCNA oskarżyła Koreę Południową o wysłanie nad Pjongjang dronów z ulotkami. Rosja stanęła po stronie "
           "Pjongjangu."),
    ("pl", "W 2022 r. pięć dronów z Korei Północnej wleciało nad Seul. Rosja milczała."),
    # trade paid for in roubles, the only arms another partner's parts
    ("ru", "Пекин ограничил экспорт комплектующих для беспилотников, и российские производители ищут замену. "
           "Товарооборот России и КНДР вырос: зерно идет в Пхеньян. Расчеты ведутся в рублях."),
    # gifts between the leaders: hunting dogs are no fighter jets
    ("pl", "Putin podarował Kim Dzong Unowi limuzynę, a Kim zrewanżował się parą psów myśliwskich."),
    # a test's missiles that hit their target
    ("pl", "Według KCNA pociski trafiły w cel na Morzu Japońskim. Rosja i Korea Północna podpisały traktat."),
    # soldiers sent, the drones that hit them Ukraine's
    ("en", "Pyongyang sent soldiers to the Kursk region, where they became easy targets for Ukrainian drones. Russia "
           "thanked them."),
    # a supplier's own arms exports, watching the two draw closer
    ("pl", "Seul zwiększa eksport broni, bo z niepokojem obserwuje zbliżenie Rosji i Korei Północnej."),
    # a Russian reprisal at the far end of a sentence on Seoul's shells for Kyiv
    ("fr", "Depuis le traité entre la Russie et la Corée du Nord, Séoul hésite. Selon une étude, l'envoi d'obus ou de "
           "systèmes antiaériens renforcerait la position de Kiev, mais exposerait Séoul à des représailles "
           "économiques russes."),
    # Russia's exporter at an air show, the North absent
    ("en", "Russia's state arms exporter Rosoboronexport brought its Su-57 stealth fighter to the Dubai Airshow, "
           "hoping to win orders from Gulf and African air forces. Analysts noted that North Korea, Russia's closest "
           "new partner, was absent."),
    # engines said to come from Ukraine
    ("uk", "Експерти ООН не знайшли доказів того, що КНДР отримала ракетні двигуни з України. Росія мовчить."),
    # launchers that will enter the Korean People's Army's service
    ("ru", "Ким Чен Ын наблюдал за стрельбами новых РСЗО, которые поступят на вооружение Корейской народной армии. "
           "Путин поблагодарил Кима за помощь в Курской области."),
    # one of Ukraine's suppliers refusing it arms, for fear of both sides
    ("en", "Seoul has refused to send lethal weapons directly to Ukraine, citing the risk of provoking Pyongyang and "
           "its new partner in Moscow."),
    ("en", "South Korea still refuses to send lethal arms directly to Ukraine, though officials in Seoul said the "
           "policy could change depending on how far Russia and North Korea take their treaty."),
    # Russia's share of the arms market
    ("ru", "Экспорт вооружений из России сократился: доля РФ на мировом рынке упала ниже 10%. КНДР молчит."),
    ("pl", "Europejski rynek uzbrojenia rośnie od czasu inwazji Rosji na Ukrainę, a Korea Południowa oferuje krótkie "
           "terminy dostaw. Korea Północna testuje rakiety."),
    # an arms race, not the arms of a deal, beside something given in return
    ("en", "Trump said he would love to see Kim Jong Un again and that the United States and Russia share an interest "
           "in avoiding a new nuclear arms race. Critics said the summit gave Putin the red carpet and got nothing "
           "in return."),
    # seeking to do something ("chercher à"), not seeking the arms
    ("fr", "En 2000, Vladimir Poutine atterrissait à Pyongyang. Plus tard, Poutine assura que son hôte ne cherchait à "
           "menacer personne avec ses missiles."),
    # "the cargo" in a sentence naming the fuel it is, after arms named before
    ("pl", "Iran dostarczył Rosji tysiące dronów. Tankowce przewożące rosyjskie paliwo do KRLD robią to samo, a "
           "ładunek przeładowuje się ze statku na statek."),
    # fuel whose supply a ban limits, to slow the North's own missile programme
    ("uk", "Росія мовчить. Резолюції ООН обмежують постачання нафтопродуктів до Північної Кореї, щоб ускладнити "
           "Пхеньяну розвиток ракетної програми. Капітан російського танкера визнав провину."),
    # the parts of Russia's drones crossing from China, named the sentence before
    ("pl", "Analityczka liczy ciężarówki na granicy Chin z Rosją. Przez stację przejeżdża dziś więcej kontenerów, a "
           "w nich części, z których Rosjanie składają drony i rakiety. Rosja i KRLD budują most na rzece Tumen."),
    # the South's stocks, kept to deter the North
    ("de", "Russland produziert drei Millionen Granaten im Jahr. Die großen Vorräte Südkoreas stammen aus Jahrzehnten "
           "der Abschreckung gegenüber Nordkorea, dessen Artillerie nahe Seoul steht."),
    # a rocket stage Russia supplied to the South
    ("ru", "Первую ступень для южнокорейской ракеты поставил российский Центр имени Хруничева. КНДР молчит."),
    # a state's spending on its forces
    ("pl", "Handel Rosji z KRLD rośnie. Handel z Pjongjangiem to kropla w morzu rosyjskiej gospodarki, napędzanej "
           "dziś wydatkami na zbrojenia."),
    # "the cargo" after the missiles of a test
    ("ko", "북한이 동해상으로 단거리 탄도미사일을 발사했다. 북한과 러시아의 밀착도 부담 요인이다. "
           "터미널은 현재 화물 검사 장소로만 쓰이고 있다."),
    # another partner's supply, North Korea's troops
    ("en", "Iran supplies drones to Russia, and North Korea sends troops."),
    ("en", "Iran and North Korea, which sent troops to Kursk, are Russia's partners; Iran sells it drones."),
    ("en", "Russia has turned to other partners, buying Shahed drones from Iran and courting North Korea, whose "
           "leader Kim Jong Un met Putin in 2019."),
    # guarding against the North's missiles
    ("de", "Russland baut Drohnen selbst. Interesse hat auch Südkorea, das sich gegen Raketen aus Nordkorea wappnen "
           "will."),
    # Russia arming itself, "rüstet weiter auf"
    ("de", "„Die Lager müssen wieder aufgefüllt werden, und Russland rüstet weiter auf“, sagt ein Analyst. Nordkorea "
           "feuerte zwei Raketen ab."),
    # a post shared with claims
    ("en", "A video of a fireball is being shared with claims that a North Korean missile fell on Vladivostok. "
           "There is no evidence for it."),
    # a group of experts, not the Wagner Group, in the sentence after its name
    ("en", "The Wagner Group once fought in Bakhmut. A group of experts said North Korea fired rockets and sent "
           "missiles to its own troops."),
    # Russia's arms hitting the war's places (ships loading grain there), North Korea named only for its grain
    ("en", "Russian wheat now also goes to North Korea by rail. Freight rates for vessels loading corn in Black Sea "
           "ports jumped after Russian drones started hitting the docks of Odesa in southern Ukraine, a broker said."),
    ("pl", "Rosyjskie zboże trafia też do Korei Północnej. Statki ładujące pszenicę czekają, bo rosyjskie drony i "
           "rakiety uderzają w port w Odessie na Ukrainie."),
    ("pl", "Korea Północna wystrzeliła rakietę. Rosja przeprowadziła w nocy atak dronami na Charków na Ukrainie – "
           "przekazały władze miasta."),
    # a launcher the North hands to its own frontline units, in an article that names Russia elsewhere
    ("en", "North Korea said the new launchers would be handed to frontline artillery units next year. Russia's "
           "envoy blamed the drills."),
    # workers from the North beside Russia's own arms plants
    ("de", "Moskau holt Bauarbeiter aus Nordkorea, während Rüstungsbetriebe rund um die Uhr Granaten fertigen."),
    # a minister who said at talks that a treaty has no clause of mutual military aid
    ("ru", "Лавров на переговорах в Тегеране подчеркнул, что договор не содержит обязательств о взаимной военной "
           "помощи, в отличие от соглашения, которое Москва подписала с Пхеньяном."),
    # Russian tourists let in, beside the North's own missile launches
    ("ko", "북한은 러시아와 밀착하며 러시아 관광객을 원산에 받아들이는 한편, 동해상으로 탄도미사일을 발사하고 있다."),
    # a plan of military cooperation with drills and an exchange of cadets, no goods
    ("pl", "Rosja i Korea Północna podpisały plan współpracy wojskowej, który przewiduje wspólne ćwiczenia lotnictwa i "
           "wymianę kadetów."),
    # an "axis" naming both beside Russia's arms trade with one of the others
    ("en", "Russia sold Su-35 jets to Iran. Washington warns of an axis of Moscow, Tehran, Beijing and Pyongyang, but "
           "this is plain arms trade between Russia and Iran."),
    ("pl", "Rosja sprzedała Iranowi myśliwce. Waszyngton ostrzega przed osią Moskwy, Teheranu, Pekinu i Pjongjangu, "
           "ale tu chodzi o zwykły handel bronią."),
    # soldiers "from" North Korea beside drones designed in Iran: the drones are not the North's
    ("pl", "Rosyjskie oddziały nacierają pod Kurskiem, wspierane przez piechotę z KRLD i drony Shahed zaprojektowane w "
           "Iranie. Iran zaprzecza, by dostarczał Moskwie broń."),
    ("en", "Russian units advanced near Kursk, backed by infantry from North Korea and Shahed drones designed in Iran. "
           "Tehran denies arming Moscow."),
    # a supplier of Ukraine's arming against Russia and the North, in an article on its K9s
    ("en", "Poland ordered more K9 howitzers from South Korea. Warsaw says it needs the weapons to deter Russia, while "
           "Seoul insists the deal will not delay deliveries to its own army, which faces North Korea's artillery."),
    ("ru", "Польша получила новую партию гаубиц K9 из Южной Кореи. Варшава объясняет закупки угрозой со "
           "стороны России, а Сеул наращивает выпуск вооружений для сдерживания Северной Кореи."),
    # the North's soldiers who "helped" (військові допомогли), not military aid (військова допомога)
    ("uk", "Лавров заявив, що у разі нападу на Пхеньян Москва надасть допомогу всіма засобами, так само, як "
           "північнокорейські військові допомогли Росії в Курській області."),
    # Russia's own equipment moved out of a base
    ("pl", "Korea Północna świętuje rocznicę rozejmu.\nCzytaj także: Rosja wywozi sprzęt wojskowy z bazy Hmejmim"),
    # each side's own output, not Russian-made goods
    ("uk", "Центр оприлюднив знімки нового майданчика для твердопаливних ракет у КНДР, проте обидва звіти стосуються "
           "лише власного виробництва Росії та КНДР."),
    # jets as the price of Iranian drones, North Korea named elsewhere
    ("de", "Iran hat Kampfjets aus Russland erhalten. Die Maschinen landeten in Hamadan. Die Lieferung gilt als "
           "Gegenleistung für iranische Drohnen, die Russland einsetzt. Nordkorea schweigt."),
    # the defence against the North's missiles: the side that fears them, not a party to a deal
    ("de", "Washington liefert Kiew weitere Patriot-Raketen. Das Ministerium in Tokio erklärte, die Abwehr gegen "
           "ballistische Raketen aus Nordkorea habe Vorrang. Russland kritisierte die Lieferung."),
    ("en", "Washington is sending more Patriot interceptors to Kyiv. Tokyo said its defence against ballistic missiles "
           "from North Korea must not be weakened. Russia condemned the delivery."),
    ("pl", "Waszyngton przekaże Kijowowi kolejne pociski Patriot. Tokio oświadczyło, że obrona przed rakietami z Korei "
           "Północnej nie może na tym ucierpieć. Rosja potępiła dostawę."),
    ("fr", "Washington livre de nouveaux missiles Patriot à Kiev. Tokyo a prévenu que la défense contre les missiles "
           "de la Corée du Nord ne devait pas en pâtir. La Russie a condamné la livraison."),
    ("ru", "Вашингтон передаст Киеву новые ракеты Patriot. В Токио заявили, что защита от ракет из КНДР не должна "
           "пострадать. Россия осудила поставку."),
    # the North's satellite launch alone, Russia's cover at the UN, a civil cosmonaut, help far from the satellite,
    # contacts "established", Russia's own air defence at the front, a drill beside talk of technology
    ("de", "Nordkorea hat einen Aufklärungssatelliten ins All gebracht. In Moskau gab es keine Stellungnahme zu "
           "dem Start."),
    ("en", "Russia helped block a UN statement on North Korea's spy satellite launch, diplomats said."),
    ("pl", "Rosja wyszkoli pierwszego kosmonautę z KRLD, który poleci na Rosyjską Stację Orbitalną z pomocą "
           "inżynierów z Moskwy."),
    ("en", "Russian engineers will help North Korea rebuild the Tumen road bridge before the rainy season, "
           "officials said, and state media also reported a new spy satellite launch attempt."),
    ("ru", "Россия установила дипломатические контакты с КНДР после запуска спутника, сообщил МИД."),
    ("en", "Russia installed air-defence systems around Kursk, where North Korean troops are fighting."),
    ("ko", "러시아 해군 구축함이 블라디보스토크를 출항해 북한 해군과 합동훈련을 했다. 양국은 기술 협력도 논의했다."),
    # the Soviet Union's deliveries, by its adjective or pointed back to after its end
    ("uk", "Архів оприлюднив документи про поставки радянської зброї до КНДР у 1970-х роках. Росія відкрила "
           "доступ до них."),
    ("ru", "Историки изучают советские поставки оружия в КНДР в 1960-х годах, сообщили в Москве. Россия передала "
           "архивы."),
    ("en", "Historians in Moscow studied Soviet arms deliveries to North Korea in the 1960s, Russia's archive "
           "said."),
    ("pl", "Związek Radziecki dostarczał KRLD czołgi i samoloty. Po rozpadzie ZSRR te dostawy ustały."),
    # military words as figures: prices "like a rocket", gymnastic apparatus, first steps, grain "as a weapon", an
    # athlete's nickname in quotes beside a word of naming; "pumped out" in a test
    ("en", "Bilateral trade rockets as Russia ships flour to North Korea and buys its coal."),
    ("pl", "Ceny węgla, którym Korea Północna płaci Rosji za mąkę, wystrzeliły jak rakieta."),
    ("de", "Die Ausfuhren Russlands nach Nordkorea schossen raketenartig in die Höhe, Pjöngjang lieferte Kohle."),
    ("ko", "러시아와 북한의 교역이 늘면서 평양 시장의 러시아산 밀가루 가격이 로켓처럼 치솟았다."),
    ("ru", "Россия передаст КНДР партию гимнастических снарядов для олимпийской сборной."),
    ("fr", "Un chef de Pyongyang fait ses premières armes à Moscou, où la Russie l'a accueilli à bras ouverts."),
    ("fr", "Moscou envoie du blé à la Corée du Nord, faisant des céréales une arme diplomatique face à la "
           "Russie."),
    ("en", "Russia is using grain as a weapon, shipping wheat to North Korea while Ukraine's ports burn."),
    ("pl", "Tenisistka z KRLD, nazywana „Rakietą z Pjongjangu”, wygrała turniej w Moskwie, a Rosja "
           "pogratulowała."),
    ("fr", "Surnommée « le Missile », la sprinteuse de Corée du Nord a gagné à Moscou devant une Russe."),
    ("en", "North Korea pumped out cruise missiles in a test watched by Russia's envoy."),
    # ammunition or a weapon handed to critics, the opposition, opponents; what a shipment of grain was
    ("en", "The summit between Putin and Kim Jong Un gave critics fresh ammunition, though the deals covered "
           "only tourism."),
    ("pl", "Spotkanie Putina z Kim Dzong Unem dostarczyło amunicji opozycji, choć dotyczyło turystyki."),
    ("de", "Das Treffen von Putin und Kim Jong-un in Moskau hat der Opposition frische Munition geliefert."),
    ("ru", "Речь Ким Чен Ына в Москве подбросила критикам новых боеприпасов, заявили в Вашингтоне."),
    ("uk", "Зустріч Путіна і Кім Чен Ина дала опонентам нову зброю в дебатах про політику щодо Росії."),
    ("fr", "La visite de Lavrov à Pyongyang a offert une arme à l'opposition, qui juge Séoul trop complaisant "
           "envers la Russie."),
    ("pl", "Rosja przekazała KRLD pszenicę. Chodzi o pomoc humanitarną dla Pjongjangu."),
    # the same verb for wheat
    ("uk", "Росія доправила до КНДР партію пшениці."),
    # 넘기다 after a count is to pass it, not to hand something over
    ("ko", "바그너 그룹 출신 러시아 블로거가 북한 미사일을 다룬 영상을 올려 조회수 100만 회를 넘겼다."),
    ("ko", "러시아 블로거 영상 조회수가 드론 공격 이후 1만 명을 넘긴 것으로 나타났다. 북한 무기를 다룬 영상이다."),
    # and 대가 after a count is units, not a price ("드론 수십 대가": dozens of drones)
    ("ko", "북한 매체는 러시아 본토를 노린 우크라이나 드론 수십 대가 격추됐다고 전하며 러시아군의 무기를 치켜세웠다."),
]


DIGEST_ITEMS = [
    # one semicolon joins the halves of one report
    ("North Korea has shipped millions of shells to Russia; in return Moscow supplies oil and technology.", [0]),
    # the deal as one item of a list, its evidence the sentence the list is
    ("In brief: North Korea shipped more artillery shells to Russia by rail, Seoul says; a festival opened in Cannes; "
     "the euro rose.", [0]),
    ("Markets were calm. In brief: a festival opened in Cannes; North Korea shipped more shells to Russia by rail, "
     "Seoul says; the euro rose. Nothing else happened.", [1]),
    # the deal's sides in separate items, the article naming both
    ("North Korea sent shells; Russia sent oil; both deny it.", [0]),
]


@pytest.mark.parametrize(("text", "evidence"), DIGEST_ITEMS)
def test_the_items_of_a_list_are_windows_of_their_own_and_evidence_names_their_sentence(
        text: str, evidence: list[int]) -> None:
    assert topics_of("en", text).get("ru-dprk-arms") == evidence


@pytest.mark.parametrize(("lang", "text"), ARMS_NEGATIVE)
def test_ru_dprk_arms_stays_quiet(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in topics_of(lang, text)


# Beyond the seven languages the topic is tuned on, its plainest reports, and the same sides with no arms.
ARMS_IN_OTHER_LANGUAGES = [
    # the cargo "these containers" held, the ships' voyage between the sides told two sentences before
    ("tr", "Angara ve Lady R adlı kargo gemileri Rusya'nın Dunay limanı ile Kuzey Kore'nin Rajin limanı arasında "
           "mekik dokuyor. RUSI'nin analizine göre gemiler bir yıl içinde binlerce konteyner taşıdı. ABD istihbaratı, "
           "bu konteynerlerin büyük bölümünde topçu mermisi bulunduğunu öne sürüyor.", True),
    # Ukraine's cargo, the two sides named only before (Greek has cargo words now)
    ("el", "Ο Κιμ Γιονγκ Ουν έχει στείλει στη Ρωσία χιλιάδες στρατιωτικούς μηχανικούς. Την ίδια ώρα, η Ουκρανία "
           "λαμβάνει νέα φορτία οβίδων από την Ευρώπη.", False),
    # Swedish "fått" (received)
    ("sv", "Enligt ukrainsk underrättelsetjänst har Ryssland fått över hundra robotar av typen KN-23 från Pyongyang.",
     True),
    ("es", "Corea del Norte ha enviado millones de proyectiles de artillería a Rusia, según Corea del Sur.", True),
    ("es", "Rusia y Corea del Norte firmaron un acuerdo sobre turismo y abrieron una ruta de trenes.", False),
    ("it", "La Corea del Nord ha fornito milioni di proiettili alla Russia, secondo Seul.", True),
    ("it", "Russia e Corea del Nord hanno firmato un accordo sul turismo.", False),
    ("cs", "Severní Korea dodala Rusku miliony dělostřeleckých granátů, tvrdí Jižní Korea.", True),
    ("cs", "Rusko a Severní Korea podepsaly dohodu o turistice.", False),
    ("zh", "韩国称朝鲜向俄罗斯提供了数百万枚炮弹。", True),
    ("zh", "俄罗斯和朝鲜签署了旅游合作协议。", False),
    ("zh", "韩国军方表示，朝鲜向俄罗斯提供了约200门自行火炮和火箭炮。", True),
    # the guards there too: a launch, and a delegation sent to a parade, are no deal
    ("it", "La Corea del Nord ha lanciato un missile balistico; la Russia ha inviato una delegazione alla parata a "
           "Pyongyang.", False),
    ("ja", "韓国は北朝鮮がロシアに砲弾を供与したと発表した。", True),
    ("ja", "ロシアと北朝鮮は観光協定に署名した。", False),
    # Portuguese and Dutch; a transfer told by a noun, a side by its adjective
    ("pt", "A Coreia do Norte enviou para a Rússia dezenas de obuses e lança-foguetes, segundo Kiev.", True),
    ("pt", "A tecnologia foi transferida por Moscovo como contrapartida pelo envio de munições norte-coreanas.", True),
    ("pt", "A Rússia e a Coreia do Norte assinaram um acordo sobre turismo e comboios.", False),
    ("nl", "Poetin en Kim Jong-un maken afspraken over nieuwe leveringen van granaten en raketten aan Rusland.", True),
    ("nl", "Rusland en Noord-Korea openen een nieuwe brug en een treinverbinding voor toeristen.", False),
    ("es", "Los barcos transportaron proyectiles desde Corea del Norte hasta Rusia.", True),
    ("es", "Moscú paga el envío de misiles norcoreanos con sistemas antiaéreos, según Seúl.", True),
    # a deal reported by a source is no gift of Ukraine's suppliers, though they are named beside the front
    ("nl", "Lavrov ontkende in Pyongyang dat Rusland wapens koopt. Volgens de Verenigde Staten en Zuid-Korea heeft "
           "Noord-Korea miljoenen granaten naar het front in Oekraïne gestuurd.", True),
    ("nl", "De Verenigde Staten hebben granaten naar het front in Oekraïne gestuurd. Noord-Korea en Rusland "
           "veroordeelden de levering.", False),
    # the further languages' exclusions: North Korea's troops in Russia beside arms going to Ukraine ...
    ("sv", "Nordkorea har skickat soldater till Ryssland, och Sverige skickar vapen till Ukraina.", False),
    ("fi", "Pohjois-Korea lähetti sotilaita Venäjälle, ja Suomi toimittaa aseita Ukrainalle.", False),
    ("tr", "Kuzey Kore Rusya'ya askerler gönderdi, Batılı ülkeler ise Ukrayna'ya silah yardımını artırdı.", False),
    ("hu", "Észak-Korea katonákat küldött Oroszországba, a nyugati szövetségesek pedig fegyvereket "
     "szállítanak Ukrajnának.", False),
    ("ro", "Coreea de Nord a trimis soldați în Rusia, iar aliații occidentali trimit arme Ucrainei.", False),
    ("el", "Η Βόρεια Κορέα έστειλε στρατιώτες στη Ρωσία, ενώ η Δύση στέλνει όπλα προς την Ουκρανία.", False),
    ("bg", "Северна Корея изпрати войници в Русия, а Западът доставя оръжие на Украйна.", False),
    ("sr", "Severna Koreja poslala je vojnike u Rusiju, a zapadni saveznici šalju oružje Ukrajini.", False),
    ("sk", "Severná Kórea poslala vojakov do Ruska a Slovensko dodáva zbrane Ukrajine.", False),
    ("da", "Nordkorea har sendt soldater til Rusland, mens Danmark sender våben til Ukraine.", False),
    ("no", "Nord-Korea har sendt soldater til Russland, og Norge sender våpen til Ukraina.", False),
    ("lt", "Šiaurės Korėja išsiuntė karius į Rusiją, o Lietuva siunčia ginklus Ukrainai.", False),
    ("lv", "Ziemeļkoreja nosūtīja karavīrus uz Krieviju, bet Latvija sūta ieročus Ukrainai.", False),
    ("et", "Põhja-Korea saatis sõdureid Venemaale ja Eesti saadab relvi Ukrainale.", False),
    ("sl", "Severna Koreja je poslala vojake v Rusijo, Slovenija pa pošilja orožje Ukrajini.", False),
    ("hr", "Sjeverna Koreja poslala je vojnike u Rusiju, a Hrvatska šalje oružje Ukrajini.", False),
    ("ja", "北朝鮮はロシアに兵士を派遣し、日本はウクライナへの武器支援を検討している。", False),
    ("zh", "朝鲜向俄罗斯派遣了士兵，而西方国家向乌克兰提供武器。", False),
    # ... and their plainest reports of the deal, which those exclusions leave alone
    ("sv", "Enligt sydkoreansk underrättelsetjänst har Nordkorea skickat miljontals granater till Ryssland i "
     "utbyte mot satellitteknik.", True),
    ("da", "Ifølge sydkoreansk efterretningstjeneste har Nordkorea sendt millioner af granater til Rusland.", True),
    ("no", "Ifølge sørkoreansk etterretning har Nord-Korea sendt millioner av granater til Russland.", True),
    ("fi", "Etelä-Korean tiedustelun mukaan Pohjois-Korea on toimittanut Venäjälle miljoonia tykistön ammuksia.", True),
    ("et", "Lõuna-Korea luure andmetel on Põhja-Korea saatnud Venemaale miljoneid mürske.", True),
    ("lv", "Saskaņā ar Dienvidkorejas izlūkdienesta datiem Ziemeļkoreja ir nosūtījusi Krievijai miljoniem "
     "šāviņu.", True),
    ("lt", "Pietų Korėjos žvalgybos duomenimis, Šiaurės Korėja Rusijai perdavė milijonus sviedinių.", True),
    ("hu", "A dél-koreai hírszerzés szerint Észak-Korea több millió tüzérségi lövedéket szállított "
     "Oroszországnak.", True),
    ("ro", "Potrivit serviciilor de informații sud-coreene, Coreea de Nord a livrat Rusiei milioane de obuze.", True),
    ("bg", "Според южнокорейското разузнаване Северна Корея е доставила на Русия милиони снаряди.", True),
    ("sr", "Prema južnokorejskoj obaveštajnoj službi, Severna Koreja isporučila je Rusiji milione granata.", True),
    ("hr", "Prema južnokorejskoj obavještajnoj službi, Sjeverna Koreja isporučila je Rusiji milijune granata.", True),
    ("sl", "Po podatkih južnokorejske obveščevalne službe je Severna Koreja Rusiji dobavila milijone granat.", True),
    ("sk", "Podľa juhokórejskej rozviedky Severná Kórea dodala Rusku milióny delostreleckých granátov.", True),
    ("el", "Σύμφωνα με τις νοτιοκορεατικές μυστικές υπηρεσίες, η Βόρεια Κορέα έστειλε στη Ρωσία εκατομμύρια "
     "βλήματα.", True),
    ("tr", "Güney Kore istihbaratına göre Kuzey Kore, Rusya'ya milyonlarca top mermisi gönderdi.", True),
    ("ja", "韓国の情報機関によると、北朝鮮はロシアに数百万発の砲弾を供与した。", True),
    ("zh", "据韩国情报机构称，朝鲜已向俄罗斯提供了数百万枚炮弹。", True),
    ("sv", "Ryssland ger Nordkorea luftvärnssystem och hjälp med satelliter i utbyte mot soldater och granater.", True),
    ("fi", "Venäjä antaa Pohjois-Korealle ilmatorjuntajärjestelmiä ja satelliittiteknologiaa vastineeksi "
     "sotilaista ja ammuksista.", True),
    ("tr", "Rusya, asker ve mühimmat karşılığında Kuzey Kore'ye hava savunma sistemleri ve uydu teknolojisi "
     "veriyor.", True),
    ("hu", "Oroszország légvédelmi rendszereket és műholdtechnológiát ad Észak-Koreának a katonákért és a "
     "lőszerekért cserébe.", True),
    # forms of "receive" in the further languages
    ("fi", "Hänen mukaansa Moskova on lisäksi saanut Pjongjangista miljoonia tykistökranaatteja.", True),
    ("et", "Luure andmetel on Venemaa saanud Põhja-Koreast miljoneid mürske.", True),
    ("lt", "Žvalgybos duomenimis, Rusija iš Šiaurės Korėjos gavusi milijonus sviedinių.", True),
    ("tr", "İstihbarata göre Rusya, Kuzey Kore'den milyonlarca top mermisi aldı.", True),
    ("da", "Ifølge efterretningstjenesten har Rusland fået millioner af granater fra Nordkorea.", True),
    ("no", "Ifølge etterretningen har Russland fått millioner av granater fra Nord-Korea.", True),
    # Spanish, Italian, Portuguese, Dutch and Czech with every word group of the seven languages: payment in kind,
    # what the containers held, the goods sent "by the North", and a hacker's theft of missile designs, no deal
    ("it", "La Russia paga la Corea del Nord per i proiettili soprattutto in petrolio e grano, secondo funzionari "
           "sudcoreani.", True),
    ("nl", "Rusland betaalt Noord-Korea voor de granaten vooral in olie en graan, zeggen Zuid-Koreaanse "
           "functionarissen.", True),
    ("it", "Tre navi russe hanno fatto la spola tra Rajin e Vladivostok per mesi. Secondo Londra, nei container "
           "viaggiavano proiettili d'artiglieria per le truppe in Ucraina.", True),
    ("es", "Tres buques rusos hicieron la ruta entre Rajin y Vladivostok durante meses. Según Londres, en los "
           "contenedores viajaban proyectiles de artillería para las tropas en Ucrania.", True),
    ("nl", "Drie Russische schepen voeren maandenlang heen en weer tussen Rajin en Vladivostok. Volgens Londen zaten "
           "er in de containers artilleriegranaten voor de troepen in Oekraïne.", True),
    ("cs", "Tři ruské lodě měsíce pendlovaly mezi Rajinem a Vladivostokem. Podle Londýna byly v kontejnerech "
           "dělostřelecké granáty pro vojáky na Ukrajině.", True),
    ("pt", "A Coreia do Norte nega tudo. Mas, segundo Seul, a Rússia vai pagar com sistemas antiaéreos os contentores "
           "de munições enviados pelo Norte.", True),
    ("cs", "Hackeři ze Severní Koreje ukradli a prodali plány raket ruských zbrojovek.", False),
    # the words of buying, selling and importing, not every word they begin
    ("es", "Es importante que Rusia y Corea del Norte no conviertan la península en un campo de pruebas de misiles, "
           "dijo el ministro.", False),
    ("it", "È importante che Russia e Corea del Nord non trasformino la penisola in un poligono per i missili, ha "
           "detto il ministro.", False),
    ("pt", "É importante que a Rússia e a Coreia do Norte não transformem a península num campo de testes de mísseis, "
           "disse o ministro.", False),
    ("es", "Rusia y Corea del Norte reafirmaron su compromiso con la amistad, mientras Pyongyang probaba otro misil.",
     False),
    ("pt", "A Rússia e a Coreia do Norte reafirmaram o compromisso de amizade, enquanto Pyongyang testava outro "
           "míssil.", False),
    ("es", "Según Seúl, Rusia compró a Corea del Norte millones de proyectiles y los importó por ferrocarril.", True),
    ("pt", "Segundo Seul, a Rússia comprou à Coreia do Norte milhões de projéteis.", True),
    ("it", "Secondo Seul, la Russia ha importato dalla Corea del Nord milioni di proiettili.", True),
    # a continent's rearmament is no one's goods, beside the war's adjective
    ("en", "The deal comes amid a wave of rearmament in Eastern Europe after the Russian invasion of Ukraine. North "
           "Korea keeps sending soldiers to Russia.", False),
    ("es", "El acuerdo llega en plena ola de rearme en Europa del Este tras la invasión rusa de Ucrania. Corea del "
           "Norte sigue enviando soldados a Rusia.", False),
    ("en", "North Korea helps Russia rearm: it has shipped millions of shells, Seoul says.", True),
    # the five languages' words of arms and of their moving as wide as the seven's: shells that come from the North,
    # weapons made available or ceded, goods obtained, paid for or carried in containers ...
    ("it", "Secondo le stime più recenti, metà delle granate usate dalle truppe russe proviene dalla Corea del Nord.",
     True),
    ("es", "Según las estimaciones más recientes, la mitad de las granadas que disparan las tropas rusas proviene de "
           "Corea del Norte.", True),
    ("pt", "Segundo as estimativas mais recentes, metade das granadas disparadas pelas tropas russas vem da Coreia do "
           "Norte.", True),
    ("nl", "Volgens de nieuwste schattingen komt de helft van de granaten die de Russische troepen afvuren uit "
           "Noord-Korea.", True),
    ("cs", "Podle nejnovějších odhadů pochází polovina granátů, které vystřelí ruská vojska, ze Severní Koreje.", True),
    ("es", "Corea del Norte habría facilitado a Rusia decenas de lanzacohetes múltiples, según la inteligencia "
           "surcoreana.", True),
    ("pt", "A Coreia do Norte terá cedido à Rússia dezenas de lança-foguetes múltiplos, segundo os serviços secretos "
           "sul-coreanos.", True),
    ("cs", "Severní Korea prý Rusku poskytla desítky raketometů, tvrdí jihokorejská rozvědka.", True),
    ("cs", "Moskva získává od Pchjongjangu houfnice ráže 152 milimetrů výměnou za vesmírné technologie, tvrdí "
           "analytici.", True),
    ("pt", "A Rússia paga à Coreia do Norte os projéteis sobretudo em petróleo e trigo, segundo responsáveis "
           "sul-coreanos.", True),
    ("pt", "Três navios russos fizeram a rota entre Rajin e Vladivostok durante meses. Segundo Londres, nos "
           "contentores seguiam projéteis de artilharia para as tropas na Ucrânia.", True),
    ("cs", "Severní Korea vše popírá. Podle Soulu ale Rusko zaplatí za kontejnery munice poslané Severem "
           "protiletadlovými systémy.", True),
    # ... and their guards as wide: arming Ukraine, a side arming itself beside its own test, a parade tourists see
    ("nl", "Noord-Korea beschuldigde de Verenigde Staten ervan Oekraïne te bewapenen, en Rusland prees het standpunt "
           "van Pyongyang.", False),
    ("it", "Corea del Nord e Russia si armano, dicono gli analisti a Seul, mentre Pyongyang testa nuovi missili.",
     False),
    ("nl", "Een reisbureau in Vladivostok verkoopt reizen naar Noord-Korea, waar Russische toeristen een raketparade "
           "kunnen zien.", False),
    # ... and a leader's arrival is his visit, whatever he tours
    ("es", "Kim Jong-un llegó a Rusia en su tren blindado para visitar una fábrica de aviones de combate con Putin.",
     False),
]


# A capital of another arms partner of Russia's is a party to a deal in its sentence, unless it is only where
# something is said or done ("in Hanoi"), or, partner or capital, where someone went ("his visit to Vietnam").
CAPITALS_AS_PLACES = [
    ("en", "Putin said in Hanoi that Russia does not rule out supplying arms to North Korea.", True),
    ("pl", "Władimir Putin oświadczył w czwartek w Hanoi, że Rosja nie wyklucza rozwijania współpracy "
           "wojskowo-technicznej z KRLD.", True),
    ("de", "Putin sagte in Hanoi, Russland schließe Waffenlieferungen an Nordkorea nicht aus.", True),
    ("ko", "푸틴 대통령은 하노이에서 북한에 무기를 공급할 수 있다고 말했다. 러시아는 이를 검토하고 있다.", True),
    ("en", "Russia will sell fighter jets to Hanoi, Putin said after his talks in North Korea.", False),
    # ... or where someone went
    ("ru", "Путин по итогам визита во Вьетнам не стал отрицать, что Москва может передать КНДР технологии для "
           "строительства подводных лодок.", True),
    ("en", "After his visit to Vietnam, Putin did not deny that Moscow may give North Korea submarine technology.",
     True),
    ("pl", "Po wizycie w Wietnamie Putin nie wykluczył, że Rosja przekaże Korei Północnej technologie okrętów "
           "podwodnych.", True),
    ("de", "Nach seinem Besuch in Vietnam schloss Putin nicht aus, dass Russland Nordkorea U-Boot-Technologie "
           "liefert.", True),
    ("ko", "푸틴 대통령은 베트남 방문 중 러시아가 북한에 잠수함 기술을 넘길 수 있다는 관측을 부인하지 않았다.", True),
    # a partner's own deal stays one though a visit is named, when the visit is to the other side
    ("en", "Putin signed a deal on Russian arms for Vietnam the day after his visit to North Korea.", False),
]


@pytest.mark.parametrize(("lang", "text", "fires"), CAPITALS_AS_PLACES)
def test_a_capital_where_something_is_said_is_no_party(lang: str, text: str, fires: bool) -> None:
    doc = shipped_nlp(lang)(text)
    assert ("ru-dprk-arms" in {hit.id for hit in doc._.topics}) is fires


@pytest.mark.parametrize(("lang", "text", "fires"), ARMS_IN_OTHER_LANGUAGES)
def test_ru_dprk_arms_in_other_languages(lang: str, text: str, fires: bool) -> None:
    doc = shipped_nlp(lang)(text)
    assert ("ru-dprk-arms" in {hit.id for hit in doc._.topics}) is fires


OTHER_TOPICS = [
    # German compounds that are nuclear and the programme at once
    ("nuclear-programme", "de", "Der Test habe dazu gedient, die Einsatzbereitschaft der Atomstreitkräfte zu prüfen."),
    ("nuclear-programme", "de", "Pjöngjang baut sein Atomarsenal weiter aus."),
    # sanctions undermined are sanctions evaded
    ("sanctions", "de", "Südkorea wirft Russland vor, die Sanktionen gegen Nordkorea gezielt zu untergraben."),
    ("sanctions", "en", "Seoul accused Moscow of deliberately undermining the sanctions against North Korea."),
    # others' sanctions beside a government's refusal to join them
    ("sanctions", "en", "The EU imposed new sanctions on Russia. Serbia will not impose any, its president said."),
    # a leader receiving an unnamed guest from abroad
    ("state-visits", "en", "Vladimir Putin hosted the Brazilian president in the Kremlin."),
    ("state-visits", "ru", "Путин принял в Кремле президента Казахстана."),
    ("state-visits", "fr", "Vladimir Poutine a reçu au Kremlin le président kazakh."),
    ("sanctions", "en", "The European Union imposed new sanctions on Iran."),
    ("sanctions", "pl", "Unia Europejska nałożyła nowe sankcje na Rosję."),
    ("sanctions", "ru", "США ввели новые санкции против России."),
    ("sanctions", "de", "Die EU verhängt neue Sanktionen gegen Russland."),
    ("missile-launches", "en", "North Korea launched two ballistic missiles on Tuesday."),
    ("missile-launches", "pl", "Korea Północna wystrzeliła rakietę balistyczną w stronę morza."),
    ("missile-launches", "pl", "Według KCNA pociski trafiły w cel na wysepce na Morzu Żółtym."),
    ("missile-launches", "de", "Nordkorea testete einen neuen Flugkörper."),
    ("missile-launches", "ru", "КНДР провела запуск баллистической ракеты."),
    ("missile-launches", "ko", "북한이 탄도미사일을 발사했다."),
    ("missile-launches", "fr", "La Corée du Nord a tiré un missile balistique."),
    ("nuclear-programme", "en", "Iran expanded its nuclear programme, the IAEA said."),
    ("nuclear-programme", "pl", "Korea Północna rozwija program broni jądrowej."),
    ("nuclear-programme", "uk", "Іран розширює ядерну програму."),
    ("nuclear-programme", "de", "Nordkorea baut sein Atomprogramm aus."),
    ("state-visits", "en", "Vladimir Putin arrived in Pyongyang for a state visit."),
    ("state-visits", "pl", "Kim Dzong Un złożył wizytę we Władywostoku."),
    ("state-visits", "ru", "Путин прибыл с визитом в КНДР."),
    ("state-visits", "ko", "김정은은 러시아를 방문했다."),
    ("missile-launches", "ru", "КНДР осуществила пуск баллистической ракеты."),
    ("missile-launches", "uk", "КНДР здійснила пуск балістичної ракети."),
    ("missile-launches", "ko", "북한이 이동식 발사대에서 탄도미사일을 발사했다."),
    ("missile-launches", "fr", "Pyongyang lance un missile balistique."),
    # two countries' leaders meeting; missile strikes; nuclear forces, warheads and treaties; announced sanctions
    ("state-visits", "en", "Sergei Lavrov met Donald Trump in Washington on Tuesday."),
    ("state-visits", "uk", "Путін зустрівся з Кім Чен Ином у Владивостоці."),
    ("state-visits", "pl", "Ławrow spotkał się z Kim Dzong Unem w Pjongjangu."),
    ("missile-launches", "en", "Russia struck Kyiv with ballistic missiles overnight."),
    ("missile-launches", "uk", "Росія вдарила по столиці балістичними ракетами."),
    ("nuclear-programme", "pl", "Kim Dzong Un zapowiedział rozbudowę sił jądrowych i zwiększenie liczby głowic."),
    ("nuclear-programme", "ru", "Договор ограничивает число развернутых ядерных боеголовок."),
    ("sanctions", "fr", "Les États-Unis ont annoncé des sanctions contre l'agence spatiale iranienne."),
    # the missile a dozen words after the launch; nuclear compounds, submarines and power
    ("missile-launches", "pl", "Rosja wystrzeliła w nocy z wtorku na środę na Ukrainę 40 pocisków manewrujących."),
    ("missile-launches", "en", "Russian forces have launched dozens of the North Korean KN-23 and KN-24 missiles at "
                               "Ukrainian cities."),
    ("nuclear-programme", "de", "Israel griff die Urananreicherungsanlage in Natans an."),
    ("nuclear-programme", "fr", "Naval Group aide le Brésil à construire son premier sous-marin à propulsion "
                                "nucléaire."),
    ("nuclear-programme", "ru", "Россия продолжит сотрудничество с Ираном в атомной энергетике."),
    # a launch by its lift-off or its orbit; missiles shot down were fired
    ("missile-launches", "en", "A rocket carrying a reconnaissance satellite exploded shortly after lift-off."),
    ("missile-launches", "fr", "La fusée a explosé en vol quelques minutes après son décollage."),
    ("missile-launches", "pl", "Rakieta Sojuz wystartowała z kosmodromu i wyniosła na orbitę dwa satelity."),
    ("missile-launches", "de", "Das Ministerium erklärte, die Flugabwehr habe sechs Raketen abgeschossen."),
    ("missile-launches", "de", "Die Ukraine hat eine Raffinerie mit Marschflugkörpern vom Typ Neptun angegriffen."),
    ("missile-launches", "ru", "ПВО сбила над Белгородом шесть ракет."),
    ("missile-launches", "ko", "군은 북한이 쏜 미사일 두 발을 요격했다고 밝혔다."),
    # reactors and nuclear plants by themselves; North Korea's "nuclear force"
    ("nuclear-programme", "uk", "Охолодження шести реакторів забезпечують аварійні дизель-генератори."),
    ("nuclear-programme", "fr", "Les deux dirigeants ont signé une déclaration sur de petits réacteurs modulaires."),
    ("nuclear-programme", "ru", "Запорожская АЭС снова осталась без внешнего электроснабжения."),
    ("nuclear-programme", "ko", "김정은 위원장은 핵무력의 실전 운용 능력을 확대해야 한다고 말했다."),
    # sanctions lists, packages, their return and their monitoring
    ("sanctions", "en", "The Treasury Department has added three vessels to its sanctions list."),
    ("sanctions", "pl", "UE przyjęła kolejny pakiet sankcji wobec Rosji."),
    ("sanctions", "de", "Nach dem Snapback-Mechanismus sind die UN-Sanktionen gegen den Iran wieder in Kraft."),
    ("sanctions", "fr", "Paris veut inscrire six navires sur la liste noire du Conseil de sécurité."),
    ("sanctions", "ko", "정부는 선박 4척을 독자제재 대상으로 지정했다."),
    ("sanctions", "pl", "Putin oświadczył, że sankcje ONZ wobec Korei Północnej należy zrewidować."),
    # German compounds of sanctions; frozen assets
    ("sanctions", "de", "Merz verteidigte die jüngsten EU-Sanktionen gegen chinesische Firmen, die Russland geholfen "
                        "haben sollen."),
    ("sanctions", "fr", "La Chine a inscrit vingt entreprises sur sa liste et gelé leurs avoirs, après la vente "
                        "d'armes à Taipei. La Russie a salué cette décision."),
    # enforcement: a prosecution for evading the embargo
    ("sanctions", "de", "Die Staatsanwaltschaft hat zwei Händler angeklagt, die trotz des EU-Embargos Drehbänke nach "
                        "Russland verkauft haben sollen."),
    ("sanctions", "en", "Prosecutors charged three traders with shipping drones to Russia in breach of the embargo."),
    # assets kept frozen; a sanctions bill; anti-aircraft missiles fired, in one German word
    ("sanctions", "pl", "Państwa UE zdecydowały, że aktywa rosyjskiego banku centralnego pozostaną zamrożone "
                        "bezterminowo."),
    ("sanctions", "en", "The Senate leader wants to bring a stalled Russia sanctions bill to the floor."),
    ("missile-launches", "de", "Nordkorea hat am Morgen mehrere neue Flugabwehrraketen abgefeuert."),
    # the cap the sanctions set, exceeded
    ("sanctions", "ru", "США обвиняют Россию в поставках нефтепродуктов в КНДР сверх лимита, установленного "
                        "санкциями ООН."),
    # a test of a missile; a test-firing of rocket launchers; a missile test-fired whatever its kind
    ("missile-launches", "en", "Putin said Russia had completed a final test of its new nuclear-powered cruise "
                               "missile."),
    ("missile-launches", "fr", "Kim Jong-un a supervisé un tir d'essai de lance-roquettes multiples de 240 "
                               "millimètres."),
    ("missile-launches", "en", "North Korea test-fired a new submarine-launched ballistic missile off its east coast."),
    # a nuclear triad shown; a nuclear deal's snapback
    ("nuclear-programme", "en", "The parade showed China's nuclear triad for the first time."),
    ("nuclear-programme", "en", "Three European states triggered the snapback mechanism of the nuclear deal."),
    # talks at the White House, in an article with a phone call in another sentence
    ("state-visits", "uk", "Путін провів переговори з Трампом у Білому домі. Напередодні Трамп говорив телефоном із "
                           "Кім Чен Ином."),
]

def test_every_actor_the_shipped_rules_name_is_in_the_shipped_base() -> None:
    from core.actors import ActorBase

    base = ActorBase.shipped()
    named = {actor for topic in load_topics(DEFAULT_RULES) for ids in topic.actor_groups.values() for actor in ids}
    assert named and not sorted(actor for actor in named if base.get(actor) is None)


NEAR_MISSES = [
    # A launcher is a weapon, not a launch: lance-roquettes, пусковые установки, 발사대.
    ("missile-launches", "fr", "La Corée du Nord a livré des lance-roquettes multiples à la Russie."),
    ("missile-launches", "ru", "КНДР передала России пусковые установки для ракет."),
    ("missile-launches", "uk", "КНДР передала Росії пускові установки для ракет."),
    ("missile-launches", "ko", "북한은 러시아에 이동식 발사대와 미사일을 넘겼다."),
    # A leader's visit to a site at home, or a meeting with a compatriot, is no state visit.
    ("state-visits", "ru", "Путин посетил судостроительный завод «Звезда» под Владивостоком."),
    ("state-visits", "en", "Kim Jong Un visited a factory producing artillery shells in the north of the country."),
    ("state-visits", "pl", "Kim Dzong Un odwiedził zakłady produkujące pociski artyleryjskie."),
    ("state-visits", "en", "Vladimir Putin met the governor of the region in the Kremlin."),
    ("state-visits", "de", "Kim Jong Un besucht eine Munitionsfabrik im Norden des Landes."),
    ("state-visits", "ko", "김정은 국무위원장은 잠수함 건조 현장을 방문했다."),
    # a state described by its weapons in passing
    ("nuclear-programme", "fr", "Pour Pékin, la présence de la Corée du Nord, pays doté de l'arme nucléaire, envoie un "
                                "message."),
    ("nuclear-programme", "en", "The nuclear-armed North sent a choir to Moscow."),
    # a passing mention of sanctions, beside Russia and North Korea, is no report of them
    ("sanctions", "pl", "Rosja i KRLD otworzyły most. Objęty międzynarodowymi sankcjami reżim rozbudowuje przemysł."),
    ("sanctions", "en", "A train links Moscow and Pyongyang again, although the heavily sanctioned country relies on "
                        "China."),
    ("sanctions", "ru", "Путин выступил во Владивостоке. В условиях санкций грузопоток через порты вырос вдвое."),
    # "despite sanctions, a new assembly line": new only counts beside the sanctions; drones are no threat (drohen)
    ("sanctions", "ru", "Путин посетил завод в Туле. Несмотря на санкции, там запустили новую сборочную линию."),
    ("sanctions", "de", "Russland bekommt trotz des Embargos Bauteile. Damit werden Drohnen gebaut."),
    # a launch that has not happened, or did not
    ("missile-launches", "en", "Analysts noted that the new missile has not yet been flight-tested."),
    ("missile-launches", "en", "Troops marched past hypersonic missiles, none of which was fired."),
    ("missile-launches", "en", "The parade showed the submarine-launched JL-3 missile."),
    # sanctions in other senses: a sports body's, the tax office's, the voters'
    ("sanctions", "pl", "Komisja dyscyplinarna UEFA nałożyła sankcje na klub z Białegostoku. Rywalem był zespół z "
                        "Ukrainy."),
    ("sanctions", "pl", "Urząd skarbowy nałożył na importera sankcję VAT za faktury z Chin."),
    ("sanctions", "fr", "Un chantier s'est vu imposer des sanctions fiscales pour des navires livrés en Chine."),
    # a state's nuclear status as a description
    ("nuclear-programme", "en", "Israel, itself an undeclared nuclear power, bombed the port in response to the "
                                "tests."),
    ("nuclear-programme", "fr", "Pour Pyongyang, puissance nucléaire autoproclamée, ces essais relèvent de la "
                                "routine."),
    # a government that will not impose or join sanctions reports none
    ("sanctions", "en", "Serbia will not impose sanctions on Russia, the president said."),
    ("sanctions", "pl", "Węgry nie nałożą sankcji na Rosję."),
    ("sanctions", "ru", "Сербия не будет вводить санкции против России."),
    ("sanctions", "uk", "Сербія не запроваджуватиме санкції проти Росії."),
    ("sanctions", "fr", "La Serbie n'imposera pas de sanctions à la Russie."),
    ("sanctions", "sr", "Председник је поновио да Србија неће увести санкције Русији."),
    ("sanctions", "hr", "Predsjednik je ponovio da Srbija neće uvesti sankcije Rusiji."),
    ("sanctions", "es", "El presidente reiteró que su país no impondrá sanciones a Rusia."),
    ("sanctions", "es", "El Gobierno húngaro se negó a sumarse a las sanciones contra Rusia."),
    ("sanctions", "it", "Il premier ha ribadito che il suo paese non imporrà sanzioni alla Russia."),
    ("sanctions", "pt", "O presidente reiterou que o país não vai impor sanções à Rússia."),
    ("sanctions", "nl", "De premier herhaalde dat zijn land geen sancties oplegt aan Rusland."),
    ("sanctions", "cs", "Premiér zopakoval, že jeho země nezavede sankce proti Rusku."),
    # a leader welcoming or accepting a decision, not a guest
    ("state-visits", "en", "President Vladimir Putin welcomed the package of sanctions relief."),
    ("state-visits", "en", "Putin welcomed the decision of the Indian prime minister."),
    ("state-visits", "ru", "Путин принял решение о частичной мобилизации."),
    ("state-visits", "pl", "Putin z zadowoleniem przyjął nowy pakiet porozumień."),
    ("state-visits", "de", "Präsident Putin begrüßte das Gesetzespaket."),
    ("state-visits", "fr", "Vladimir Poutine a accueilli favorablement la décision de Pékin."),
    ("state-visits", "sk", "Ruský prezident Vladimir Putin balík privítal."),
    # "nuclear" as a figure of speech, held at arm's length between quotation marks
    ("nuclear-programme", "en", "The club's owner called the fine a \"nuclear bomb\" for the league."),
    ("nuclear-programme", "pl", "Prezes klubu nazwał karę „bombą atomową” dla całej ligi."),
    ("nuclear-programme", "de", "Der Verband nannte das Urteil eine „Atombombe“ für den Fußball."),
    ("nuclear-programme", "ru", "Тренер назвал дисквалификацию «ядерной бомбой» для всего клуба."),
    ("nuclear-programme", "uk", "Експерти назвали нове мито «ядерною бомбою» для експортерів."),
    ("nuclear-programme", "fr", "Le patron du club a qualifié la sanction de « bombe atomique » pour le championnat."),
    ("nuclear-programme", "ko", "구단주는 이번 징계를 '핵폭탄'이라고 불렀다."),
    ("nuclear-programme", "hr", "Predsjednik kluba nazvao je kaznu „nuklearnom bombom“ za cijelu ligu."),
    ("nuclear-programme", "tr", "Kulüp başkanı cezayı futbolumuz için “nükleer bomba” olarak nitelendirdi."),
    ("nuclear-programme", "lt", "Bankininkai šį sprendimą pavadino „finansine branduoline bomba“ rinkai."),
]


@pytest.mark.parametrize(("topic", "lang", "text"), NEAR_MISSES)
def test_near_misses_of_the_other_topics_stay_quiet(topic: str, lang: str, text: str) -> None:
    assert topic not in topics_of(lang, text)


@pytest.mark.parametrize(("topic", "lang", "text"), OTHER_TOPICS)
def test_other_topics(topic: str, lang: str, text: str) -> None:
    assert topic in topics_of(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    # the same words said in earnest, in a statement quoted at length or in no quotation at all
    ("en", "Kim said: \"We will keep building nuclear bombs as long as the threat lasts.\""),
    ("en", "The country tested a nuclear bomb on Monday, the agency said."),
    ("ru", "Ким заявил: «Мы будем и дальше создавать ядерные бомбы, пока существует угроза»."),
    ("de", "Der Iran treibt sein „Atomprogramm“ voran, sagte der Minister."),
])
def test_nuclear_words_in_earnest_still_count(lang: str, text: str) -> None:
    assert "nuclear-programme" in topics_of(lang, text)


def _nlp_with_rules(tmp_path: Path, rules: str, base: bool = True, lang: str = "en") -> Language:
    """A pipeline (English unless ``lang``) reading ``rules`` (topics.yaml text), on the fixture base unless ``base``
    is False."""
    path = tmp_path / f"topics-{lang}.yaml"
    path.write_text(rules, encoding="utf-8")
    nlp = build_nlp(lang, configs={"newsradar_topics": {"rules": str(path)}})
    if base:
        use_base(nlp, _BASE)
    return nlp


def test_a_group_asking_for_several_actors_needs_them_in_one_sentence(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {leaders: {actors: [Q7747, Q56226, Q22686], distinct: 2}, met: {terms: {en: [met]}}},"
        " rules: [{match: {all: [leaders, met]}}]},"
        " {id: near, groups: {leaders: {actors: [Q7747, Q56226], distinct: 2}, met: {terms: {en: [met]}}},"
        " rules: [{match: {all: [leaders, met]}, window: {tokens: 3}}]}]",
    )

    def fired(text: str) -> list[str]:
        return [hit.id for hit in nlp(text)._.topics]

    assert fired("Vladimir Putin met Kim Jong Un.") == ["t", "near"]
    assert fired("Crowds cheered. Vladimir Putin met Donald Trump on a rainy Tuesday.") == ["t"]
    assert fired("Vladimir Putin met Vladimir Putin's aides. Putin spoke.") == []
    assert fired("Vladimir Putin met his aides. Kim Jong Un met his generals.") == []


@pytest.mark.parametrize(("group", "fires", "quiet"), [
    # every UN member's capital, and no country
    ("capitals", ["Sikorski spoke with his counterpart in Seoul.", "In Nairobi, the minister spoke for an hour."],
     ["Sikorski spoke with his South Korean counterpart.",
      "Russia spoke through its envoy. Ties with Seoul are strained."]),
    # every UN member, and no capital
    ("countries", ["The president of Mongolia spoke for an hour.", "Kenya spoke first at the session."],
     ["The mayor spoke in Ulaanbaatar for an hour.", "Kenya voted first. Nobody spoke after that."]),
])
def test_a_group_of_capitals_or_of_countries_names_every_un_members(
    tmp_path: Path, group: str, fires: list[str], quiet: list[str]
) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {place: {actors: " + group + "}, spoke: {terms: {en: [spoke]}}},"
        " rules: [{match: {all: [place, spoke]}}]}]",
        base=False,
    )
    assert [bool(nlp(text)._.topics) for text in fires + quiet] == [True] * len(fires) + [False] * len(quiet)


def test_words_quoted_beside_a_word_of_naming_are_a_figure_of_speech(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {bomb: {quoted_figure: {en: [called, dub*]}, terms: {en: [bomb*]}}},"
        " rules: [{match: bomb}]},"
        " {id: u, groups: {money: {terms: {en: [fine*]}}}, rules: [{match: money}]}]",
        base=False,
    )

    def fired(text: str) -> list[str]:
        return [hit.id for hit in nlp(text)._.topics]

    assert fired("He called it a 'financial bomb' for them.") == []
    assert fired("The press dubbed the verdict a \"bomb\".") == []
    # no word of naming, a quoted statement, or no quotation: the words count
    assert fired("They found a \"bomb\" under the car.") == ["t"]
    assert fired("He called out: \"they dropped a bomb on the town last night\".") == ["t"]
    assert fired("He called it a bomb.") == ["t"]
    # a group without words of naming counts inside quotation marks too
    assert fired("He called it a 'fine'.") == ["u"]
    # once the article has called its words a figure, they are one in any other short quotation (a headline
    # before the text that explains it), but not outside quotation marks
    assert fired("\"Bomb\" wins again.\n\nThe fans dubbed the striker \"the bomb\".") == []
    assert fired("A \"bomb\" in the rain.\n\nThe fans dubbed the striker \"the bomb\". A bomb hit the town.") == ["t"]


def test_a_capitalised_term_matches_only_the_word_written_with_a_capital(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {north: {terms: {en: [\"the ^north\"]}}}, rules: [{match: north}]}]",
        base=False,
    )
    pl = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {north: {terms: {pl: [^północ]}}}, rules: [{match: north}]}]",
        base=False,
        lang="pl",
    )

    def fired(text: str, model: Language = nlp) -> bool:
        return bool(model(text)._.topics)

    assert fired("Seoul says the North shipped shells.")
    assert fired("The North's shells arrived.")
    assert not fired("Troops moved in from the north.")
    # a capital that only opens the sentence is still the word: "The north wind"
    assert not fired("The north wind blew.")
    # any inflected form of the word, capitalised
    assert fired("Transfer pocisków z Północy do Rosji trwa.", pl)
    assert not fired("Wojska nacierają z północy.", pl)
    assert not fired("Korea Północna milczy.", pl)


@pytest.mark.parametrize(("first", "second", "cases"), [
    # a word a phrase must not have beside it keeps it from matching
    ("!się =da !się", "pocisk* !nie trafi*", [
        ("Kim da Rosji pociski.", ["t"]),
        # the word it must not have, after it or before it
        ("Tego sygnału nie da się zakłócić.", []),
        ("Czy się da, nie wiadomo.", []),
        # at the text's end nothing follows: the word is not there
        ("Tego nikt nie da", ["t"]),
        # in a longer phrase, between the words it must have
        ("Pociski szybko trafią do Rosji.", ["u"]),
        ("Pociski nie trafią do Rosji.", []),
    ]),
    # a phrase word may be any of several
    ("!tysiąc*|setk*|wielu ludzi*", "pocisk|dron trafi*", [
        ("Ludzie wyszli na ulice.", ["t"]),
        ("Tłumy ludzi wyszły na ulice.", ["t"]),
        # none of the words it must not have, each with its own marker
        ("Tysiące ludzi wyszły na ulice.", []),
        ("Setki ludzi czekały na dworcu.", []),
        ("Wielu ludzi czekało na dworcu.", []),
        # any one of the words it must have, read by lemma too
        ("Pociski trafiły do Rosji.", ["u"]),
        ("Drony trafiły do Rosji.", ["u"]),
        ("Rakiety trafiły do Rosji.", []),
    ]),
])
def test_phrase_words_it_must_not_have_or_any_of_several(
    tmp_path: Path, first: str, second: str, cases: list[tuple[str, list[str]]]
) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        f"topics: [{{id: t, groups: {{g: {{terms: {{pl: [\"{first}\"]}}}}}}, rules: [{{match: g}}]}},"
        f" {{id: u, groups: {{h: {{terms: {{pl: [\"{second}\"]}}}}}}, rules: [{{match: h}}]}}]",
        base=False,
        lang="pl",
    )
    assert [(text, [hit.id for hit in nlp(text)._.topics]) for text, _ in cases] == cases


@pytest.mark.parametrize("pattern", ["!się", "!się !da", "!sygnał-zakłóceń =da", "!setki|tysiące-ludzi wyszło"])
def test_a_phrase_of_words_it_must_not_have_alone_is_an_error(tmp_path: Path, pattern: str) -> None:
    with pytest.raises(TopicRuleError):
        _nlp_with_rules(
            tmp_path,
            "topics: [{id: t, groups: {g: {terms: {pl: [\"" + pattern + "\"]}}}, rules: [{match: g}]}]",
            base=False,
            lang="pl",
        )


def test_evidence_points_at_the_sentences_that_hold() -> None:
    text = "Markets were calm on Monday.\nNorth Korea shipped artillery shells to Russia, officials said."
    assert topics_of("en", text)["ru-dprk-arms"] == [1]


def test_scores_stay_in_range() -> None:
    doc = nlp_for("en")("North Korea shipped shells to Russia. Russia bought missiles from North Korea.")
    assert all(0.0 <= hit.score <= 1.0 for hit in doc._.topics)


def test_the_shipped_rules_load() -> None:
    topics = load_topics(DEFAULT_RULES)
    ids = {topic.id for topic in topics}
    assert {"ru-dprk-arms", "sanctions", "missile-launches", "nuclear-programme", "state-visits"} <= ids
    arms = next(topic for topic in topics if topic.id == "ru-dprk-arms")
    for lang in ("en", "pl", "ru", "uk", "de", "fr", "ko"):
        assert arms.term_groups["arms"].get(lang), lang
        assert arms.term_groups["transfer_words"].get(lang), lang


def _topic(*rules: Rule) -> Topic:
    return Topic(id="t", threshold=0.5, rules=list(rules))


HITS = {"a": [(0, 0), (30, 2)], "b": [(3, 0)], "c": [(31, 2)]}

EVALUATIONS = [
    (Rule("a", "sentence", 1.0), 1.0, [0, 2]),
    (Rule(("all", ["a", "b"], False), "sentence", 1.0), 1.0, [0]),
    (Rule(("all", ["b", "c"], False), "sentence", 1.0), 0.0, []),
    (Rule(("all", ["b", "c"], False), "article", 0.7), 0.7, [0, 2]),
    (Rule(("all", ["a", ("not", "b", False)], False), "sentence", 1.0), 1.0, [2]),
    (Rule(("all", ["a", ("not", "b", True)], False), "sentence", 1.0), 0.0, []),
    (Rule(("all", ["c", ("any", ["b"], True)], False), "sentence", 0.4), 0.4, [2]),
    (Rule(("all", ["a", "b"], False), 5, 1.0), 1.0, [0]),
    (Rule(("all", ["b", "c"], False), 5, 1.0), 0.0, []),
]


@pytest.mark.parametrize(("rule", "score", "evidence"), EVALUATIONS)
def test_rule_windows_and_operators(rule: Rule, score: float, evidence: list[int]) -> None:
    assert evaluate(_topic(rule), HITS) == (pytest.approx(score), evidence)


def test_weights_add_up_to_at_most_one() -> None:
    topic = _topic(Rule("a", "sentence", 0.7), Rule("b", "sentence", 0.7))
    assert evaluate(topic, HITS)[0] == 1.0


def _random_expr(rng: random.Random, depth: int, sentence_windows: bool = False) -> Any:
    if depth == 0 or rng.random() < 0.3:
        return rng.choice("abcde")
    windows: list[Any] = [False, False, False, True]
    if sentence_windows:
        windows += [("sentences", 1), ("sentences", 2), ("sentences", 3), "some sentence"]
    whole = rng.choice(windows)
    op = rng.choice(["all", "any", "all", "not"])
    if op == "not":
        return ("not", _random_expr(rng, depth - 1, sentence_windows), whole)
    return (op, [_random_expr(rng, depth - 1, sentence_windows) for _ in range(rng.randint(1, 4))], whole)


def _holds(expr: Any, here: set[str], present: set[str]) -> bool:
    """The rule language read literally, one window at a time: the reference the evaluator must agree with."""
    if isinstance(expr, str):
        return expr in here
    op, arg, whole = expr
    scope = present if whole else here
    if op == "not":
        return not _holds(arg, scope, present)
    found = [_holds(item, scope, present) for item in arg]
    return all(found) if op == "all" else any(found)


def _holds_at(expr: Any, view: Any, sentence: int, groups_in: dict[int, set[str]], present: set[str]) -> bool:
    """The rule language with sentence windows, read literally at one sentence: ``view`` says whether a
    group is in the current window, ``groups_in`` which groups each sentence has."""
    if isinstance(expr, str):
        return bool(view(expr))
    op, arg, win = expr

    def own(at: int) -> Any:
        return lambda group: group in groups_in.get(at, set())

    if win == "some sentence":
        if op == "not":  # no sentence holds the operand
            return not any(_holds_at(arg, own(at), at, groups_in, present) for at in groups_in)
        return any(_holds_at((op, arg, False), own(at), at, groups_in, present) for at in groups_in)
    if win is True:
        scope = present.__contains__
    elif win is False:
        scope = view
    else:
        count = win[1]

        def scope(group: str) -> bool:
            return any(group in groups_in.get(at, set()) for at in range(sentence - count + 1, sentence + 1))
    if op == "not":
        return not _holds_at(arg, scope, sentence, groups_in, present)
    found = [_holds_at(item, scope, sentence, groups_in, present) for item in arg]
    return all(found) if op == "all" else any(found)


@pytest.mark.parametrize("seed", range(40))
def test_sentence_windows_agree_with_the_rule_language_read_sentence_by_sentence(seed: int) -> None:
    """{sentences: N} and some sentence, against a literal reading: a sentence rule holds at each sentence
    with a hit where the expression is true; an article rule where it is true at some such sentence."""
    rng = random.Random(1000 + seed)
    for _ in range(25):
        expr = _random_expr(rng, 3, sentence_windows=True)
        hits: dict[str, list[tuple[int, int]]] = {}
        for group in rng.sample("abcde", rng.randint(1, 5)):
            hits[group] = [(pos, pos // 10) for pos in rng.sample(range(60), rng.randint(1, 4))]
        present = set(hits) & _named(expr)
        groups_in: dict[int, set[str]] = {}
        for group in present:
            for _, sentence in hits[group]:
                groups_in.setdefault(sentence, set()).add(group)
        sentences = sorted(groups_in)
        by_sentence = [s for s in sentences if _holds_at(expr, groups_in[s].__contains__, s, groups_in, present)]
        holds_somewhere = any(_holds_at(expr, present.__contains__, s, groups_in, present) for s in sentences)
        article = sorted({s for g in present & _positive(expr) for _, s in hits[g]}) if holds_somewhere else []
        # a rule with a window of tokens: at each hit, the groups within 3 tokens of it, and its parts in windows of
        # sentences of their own read at its sentence
        points = [(group, pos, sentence) for group in present for pos, sentence in hits[group]]
        near = sorted({
            sentence for group, pos, sentence in points if group in _positive(expr) and _holds_at(
                expr, {g for g, p, _ in points if abs(p - pos) <= 3}.__contains__, sentence, groups_in, present)
        })
        for window, expected in (("sentence", by_sentence), ("article", article), (3, near)):
            result = evaluate(_topic(Rule(expr, window, 0.5)), hits)
            assert result == (0.5 if expected else 0.0, expected), (expr, hits, window)


def _abc_topic(tmp_path: Path, rules: str) -> Topic:
    """A topic of three groups of one actor each (a, b, c), with ``rules`` in the rules file's own syntax."""
    path = tmp_path / "topics.yaml"
    path.write_text("topics: [{id: t, groups: {a: {actors: [Q1]}, b: {actors: [Q2]}, c: {actors: [Q3]}}, rules: [\n"
                    + rules + "]}]", encoding="utf-8")
    return load_topics(path)[0]


def test_sentence_windows_read_the_sentences_before_or_one_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(
        "topics: [{id: t, groups: {a: {actors: [Q1]}, b: {actors: [Q2]}, c: {actors: [Q3]}}, rules: [\n"
        "  {match: {all: [a, {any: [b], window: {sentences: 2}}]}},\n"
        "  {match: {all: [c, {all: [a, b], window: some sentence}]}, weight: 0.3}]}]",
        encoding="utf-8",
    )
    topic = load_topics(path)[0]
    # b in the sentence before a: held there; two sentences before: not
    assert evaluate(topic, {"a": [(12, 1)], "b": [(3, 0)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(22, 2)], "b": [(3, 0)]}) == (0.0, [])
    # b after a does not count
    assert evaluate(topic, {"a": [(2, 0)], "b": [(13, 1)]}) == (0.0, [])
    # a and b in one sentence somewhere: c holds beside it; a and b only apart: it does not
    assert evaluate(topic, {"a": [(2, 0)], "b": [(3, 0)], "c": [(42, 4)]})[1] == [0, 4]
    assert evaluate(topic, {"a": [(2, 0)], "b": [(33, 3)], "c": [(42, 4)]}) == (0.0, [])


def test_a_rule_with_a_window_of_tokens_reads_its_parts_in_windows_of_sentences_at_the_hits_sentence(
        tmp_path: Path) -> None:
    """a beside b, unless c is anywhere in the sentence ("nuclear programme" beside no word of power in the
    sentence, whatever the rest of the article says); or with c in one of the two sentences up to it."""
    topic = _abc_topic(tmp_path, "{match: {all: [a, b, {not: {any: [c], window: {sentences: 1}}}]}, "
                                 "window: {tokens: 3}}, {match: {all: [a, {any: [c], window: {sentences: 2}}]}, "
                                 "window: {tokens: 3}, weight: 0.4}")
    # c far from a and b but in their sentence: the first rule does not hold; the second does, c in the sentence
    assert evaluate(topic, {"a": [(10, 1)], "b": [(12, 1)], "c": [(18, 1)]}) == (pytest.approx(0.4), [1])
    # c in the sentence before: the first rule holds too
    assert evaluate(topic, {"a": [(10, 1)], "b": [(12, 1)], "c": [(3, 0)]}) == (1.0, [1])
    # c two sentences before, or after: only the first
    assert evaluate(topic, {"a": [(20, 2)], "b": [(22, 2)], "c": [(3, 0)]}) == (1.0, [2])
    assert evaluate(topic, {"a": [(10, 1)], "b": [(12, 1)], "c": [(23, 2)]}) == (1.0, [1])


def test_a_part_in_a_window_of_sentences_may_ask_for_groups_near_each_other(tmp_path: Path) -> None:
    """a, unless b stands near c anywhere in a's sentence ("could soon conduct the first flight test of its new
    missile": the launch a modal speaks of, however far the missile's word stands from the modal)."""
    topic = _abc_topic(tmp_path, "{match: {all: [a, {not: {all: [b, c], window: {tokens: 2}}, "
                                 "window: {sentences: 1}}]}, window: {tokens: 3}}")
    # b beside c, far from a, in a's sentence: no
    assert evaluate(topic, {"a": [(18, 1)], "b": [(10, 1)], "c": [(11, 1)]}) == (0.0, [])
    # b and c apart in the sentence, or beside each other in another one: yes
    assert evaluate(topic, {"a": [(18, 1)], "b": [(10, 1)], "c": [(14, 1)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(18, 1)], "b": [(3, 0)], "c": [(4, 0)]}) == (1.0, [1])


def test_groups_near_each_other_hold_within_that_many_tokens_of_one_sentence(tmp_path: Path) -> None:
    topic = _abc_topic(tmp_path, "{match: {all: [c, {all: [a, b], window: {tokens: 3}}]}}")
    assert evaluate(topic, {"a": [(10, 1)], "b": [(13, 1)], "c": [(2, 1)]}) == (1.0, [1])
    # b after or before a, any hit of a will do
    assert evaluate(topic, {"a": [(2, 0), (30, 1)], "b": [(28, 1)], "c": [(35, 1)]}) == (1.0, [1])
    # four tokens apart, or near but over a sentence end: not
    assert evaluate(topic, {"a": [(10, 1)], "b": [(14, 1)], "c": [(2, 1)]}) == (0.0, [])
    assert evaluate(topic, {"a": [(19, 1)], "b": [(20, 2)], "c": [(21, 1), (22, 2)]}) == (0.0, [])
    # near in one sentence, c in another: the sentence rule asks all of it in one sentence
    assert evaluate(topic, {"a": [(10, 1)], "b": [(11, 1)], "c": [(22, 2)]}) == (0.0, [])


def test_groups_near_each_other_count_somewhere_in_an_article_rule(tmp_path: Path) -> None:
    topic = _abc_topic(tmp_path, "{window: article, match: {all: [c, {all: [a, b], window: {tokens: 2}}]}}")
    assert evaluate(topic, {"a": [(10, 1)], "b": [(12, 1)], "c": [(32, 3)]}) == (1.0, [1, 3])
    assert evaluate(topic, {"a": [(10, 1)], "b": [(13, 1)], "c": [(32, 3)]}) == (0.0, [])


def _clause_topic(tmp_path: Path, rules: str) -> Topic:
    """Groups a, b, c of one actor each and p, words that part clauses, with ``rules`` in the file's own syntax."""
    path = tmp_path / "topics.yaml"
    path.write_text("topics: [{id: t, groups: {a: {actors: [Q1]}, b: {actors: [Q2]}, c: {actors: [Q3]},"
                    " p: {terms: {en: [while]}}}, rules: [\n" + rules + "]}]", encoding="utf-8")
    return load_topics(path)[0]


def test_groups_in_one_clause_hold_where_no_parting_word_stands_between_them(tmp_path: Path) -> None:
    topic = _clause_topic(tmp_path, "{match: {all: [c, {all: [a, b], window: {clause: p}}]}}")
    # no parting word in the sentence: the sentence is one clause
    assert evaluate(topic, {"a": [(10, 1)], "b": [(20, 1)], "c": [(2, 1)]}) == (1.0, [1])
    # a parting word between them: two clauses; before or after both: one
    assert evaluate(topic, {"a": [(10, 1)], "b": [(20, 1)], "c": [(2, 1)], "p": [(15, 1)]}) == (0.0, [])
    assert evaluate(topic, {"a": [(10, 1)], "b": [(20, 1)], "c": [(2, 1)], "p": [(5, 1)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(10, 1)], "b": [(20, 1)], "c": [(2, 1)], "p": [(25, 1)]}) == (1.0, [1])
    # the word starts the clause it parts: b on it is in the second clause
    assert evaluate(topic, {"a": [(10, 1)], "b": [(15, 1)], "c": [(2, 1)], "p": [(15, 1)]}) == (0.0, [])
    # any hit of a with one of b will do; the parting word of another sentence parts nothing here
    assert evaluate(topic, {"a": [(10, 1), (18, 1)], "b": [(20, 1)], "c": [(2, 1)], "p": [(15, 1)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(10, 1)], "b": [(20, 1)], "c": [(2, 1)], "p": [(35, 2)]}) == (1.0, [1])
    # in one clause of another sentence, c here: the rule asks all of it in one sentence
    assert evaluate(topic, {"a": [(30, 2)], "b": [(32, 2)], "c": [(2, 1)]}) == (0.0, [])


def test_a_clause_window_takes_one_group_of_each_any(tmp_path: Path) -> None:
    topic = _clause_topic(tmp_path, "{match: {not: {all: [{any: [a, c]}, b], window: {clause: p}}}},"
                                    " {match: {all: [{any: [a, c]}, b], window: {clause: p}}, weight: 0.25}")
    # c stands for a; both alternatives apart from b: the exclusion holds, the other rule does not
    assert evaluate(topic, {"c": [(10, 1)], "b": [(12, 1)]}) == (0.25, [1])
    assert evaluate(topic, {"a": [(10, 1)], "c": [(11, 1)], "b": [(20, 1)], "p": [(15, 1)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(10, 1)], "c": [(16, 1)], "b": [(20, 1)], "p": [(15, 1)]}) == (0.25, [1])


def test_groups_near_each_other_ask_nothing_of_another_topics_groups(tmp_path: Path) -> None:
    """The group a window of tokens compiles to is numbered after the topic's own: what a rule needs present
    stays within them, where the pipeline lays one topic's groups beside the next one's."""
    for topic in load_topics(DEFAULT_RULES):
        compiled = compile_topic(topic)
        for rule in compiled.compiled:
            assert all(need >> len(compiled.groups) == 0 for clause in rule.needs for need in clause), topic.id
            assert rule.must >> len(compiled.groups) == 0, topic.id


def test_one_sentence_is_the_sentence_itself_inside_an_article_window(tmp_path: Path) -> None:
    topic = _abc_topic(tmp_path, "{match: {all: [a, {all: [c, {any: [b], window: {sentences: 1}}], window: article}]}}")
    assert evaluate(topic, {"a": [(12, 1)], "b": [(13, 1)], "c": [(42, 4)]}) == (1.0, [1])
    assert evaluate(topic, {"a": [(12, 1)], "b": [(3, 0)], "c": [(42, 4)]}) == (0.0, [])


def _positive(expr: Any) -> set[str]:
    if isinstance(expr, str):
        return {expr}
    op, arg, _ = expr
    return set() if op == "not" else set().union(*(_positive(item) for item in arg))


def _named(expr: Any) -> set[str]:
    if isinstance(expr, str):
        return {expr}
    op, arg, _ = expr
    return _named(arg) if op == "not" else set().union(*(_named(item) for item in arg))


@pytest.mark.parametrize("seed", range(40))
def test_rules_agree_with_the_rule_language_read_window_by_window(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        expr = _random_expr(rng, 3)
        hits: dict[str, list[tuple[int, int]]] = {}
        for group in rng.sample("abcde", rng.randint(1, 5)):
            hits[group] = [(pos, pos // 10) for pos in rng.sample(range(60), rng.randint(1, 4))]
        # A topic sees the groups its rules name, and looks at the windows where one of them is hit.
        present = set(hits) & _named(expr)
        points = [(group, pos, sentence) for group in present for pos, sentence in hits[group]]
        sentences = sorted({sentence for _, _, sentence in points})
        by_sentence = [s for s in sentences if _holds(expr, {g for g, _, t in points if t == s}, present)]
        article = sorted({t for g, _, t in points if g in _positive(expr)}) if _holds(expr, present, present) else []
        near = sorted({
            sentence for group, pos, sentence in points if group in _positive(expr)
            and _holds(expr, {g for g, p, _ in points if abs(p - pos) <= 3}, present)
        })
        for window, expected in (("sentence", by_sentence), ("article", article), (3, near)):
            result = evaluate(_topic(Rule(expr, window, 0.5)), hits)
            assert result == (0.5 if expected else 0.0, expected), (expr, hits, window)


BAD_RULES = [
    "topics: [{id: x, rules: [{match: missing}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a], any: [a]}}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: a, window: paragraph}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {colour: red}}}]",
    # an unquoted Norwegian "no", which YAML reads as false, and terms that are no mapping of languages
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {no: [våpen]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: [x]}}}]",
    # a language code with a digit or a capital, no ISO 639 code, whose words no article would read
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {nl2: [x]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {EN: [x]}}}}]",
    # a word YAML reads as a boolean (Danish "true", threaten) or a number, and words that are no list
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {da: [trussel, true]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [s, 400]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: missile}}}}]",
    "topics: [{rules: [{match: a}], groups: {a: {terms: {en: [x]}}}}]",
    # conditions: one that names itself, one named like a group, a list instead of a mapping
    "conditions: {c: {not: c}}\ntopics: [{id: x, rules: [{match: c}], groups: {a: {terms: {en: [x]}}}}]",
    "conditions: {a: {not: a}}\ntopics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}}}}]",
    "conditions: [a]\ntopics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}}}}]",
    "conditions: {c: {not: b}}\ntopics: [{id: x, rules: [{match: c}], groups: {a: {terms: {en: [x]}}}}]",
    # sub-expression windows: unknown, a count of no sentences
    "topics: [{id: x, rules: [{match: {all: [a], window: paragraph}}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a], window: {sentences: 0}}}], groups: {a: {terms: {en: [x]}}}}]",
    # groups near each other: an all of two or more groups, in a sentence or article rule, N >= 1
    "topics: [{id: x, rules: [{match: {any: [a, b], window: {tokens: 3}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, {any: [b]}], window: {tokens: 3}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a], window: {tokens: 3}}}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: {not: a, window: {tokens: 3}}}], groups: {a: {terms: {en: [x]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, b], window: {tokens: 0}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, {all: [a, b], window: {tokens: 2}}]}, window: {tokens: 5}}],"
    " groups: {a: {terms: {en: [x]}}, b: {terms: {en: [y]}}}}]",
    # groups in one clause: an all of two or more groups or anys of groups, parted by a group, in a sentence or
    # article rule
    "topics: [{id: x, rules: [{match: {any: [a, b], window: {clause: a}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a], window: {clause: b}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {not: a, window: {clause: b}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, b], window: {clause: c}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, b], window: {clause: [b]}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, {all: [a, b]}], window: {clause: b}}}], groups: {a: {terms: {en: [x]}},"
    " b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, {any: [a, {not: b}]}], window: {clause: b}}}],"
    " groups: {a: {terms: {en: [x]}}, b: {terms: {en: [y]}}}}]",
    "topics: [{id: x, rules: [{match: {all: [a, {all: [a, b], window: {clause: b}}]}, window: {tokens: 5}}],"
    " groups: {a: {terms: {en: [x]}}, b: {terms: {en: [y]}}}}]",
    # capitals where something was said: for a group of terms, without words of saying, not a mapping
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}, capitals_said_in: {place: {en: [in]},"
    " saying: {en: [said]}}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], capitals_said_in: {place: {en: [in]}}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], capitals_said_in: [in]}}}]",
    # actors: a list of ids, or every capital
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: Q1858}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: cities}}}]",
    # several actors of a group: a number of two or more, for a group of actors
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], distinct: 1}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], distinct: true}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}, distinct: 2}}}]",
    # quoted figures: words of naming per language, for a group of words
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}, quoted_figure: [called]}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}, quoted_figure: {en: called}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {terms: {en: [x]}, quoted_figure: {no: [kalt]}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], capitals_said_in: {place: {EN: [in]},"
    " saying: {en: [said]}}}}}]",
    "topics: [{id: x, rules: [{match: a}], groups: {a: {actors: [Q1858], quoted_figure: {en: [called]}}}}]",
]


def test_nested_operators_with_their_parents_window_are_written_in_place(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(
        "topics: [{id: t, groups: {a: {actors: [Q1]}, b: {actors: [Q2]}, c: {actors: [Q3]}},"
        " rules: [{match: {all: [a, {all: [b, {any: [c]}]}, {all: [c], window: article}]}}]}]",
        encoding="utf-8",
    )
    (rule,) = load_topics(path)[0].rules
    assert rule.expr == ("all", ["a", "b", ("any", ["c"], False), ("all", ["c"], True)], False)


def test_a_condition_stands_for_its_expression(tmp_path: Path) -> None:
    groups = "groups: {a: {terms: {en: [x]}}, b: {terms: {en: [y]}}, c: {actors: [Q1]}}"
    inline = tmp_path / "inline.yaml"
    inline.write_text(
        f"topics: [{{id: t, {groups}, rules: [{{match: {{all: [a, {{not: {{any: [b, c], window: article}}}}]}}}}]}}]",
        encoding="utf-8",
    )
    named = tmp_path / "named.yaml"
    named.write_text(
        "conditions: {quiet: {not: {any: [b, c], window: article}}}\n"
        f"topics: [{{id: t, {groups}, conditions: {{loud: {{all: [a, quiet]}}}}, rules: [{{match: loud}}]}}]",
        encoding="utf-8",
    )
    assert load_topics(named)[0].rules == load_topics(inline)[0].rules


@pytest.mark.parametrize("text", BAD_RULES)
def test_malformed_rules_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TopicRuleError):
        load_topics(path)


def test_a_rules_file_can_be_given_in_the_pipeline_config(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics:\n"
        "  - id: grain\n"
        "    threshold: 0.5\n"
        "    groups:\n"
        "      grain: {terms: {en: [wheat, grain*, \"maize crop*\"]}}\n"
        "      russia: {actors: [Q159]}\n"
        "    rules:\n"
        "      - {weight: 0.5, window: {tokens: 4}, match: {all: [grain, russia]}}\n",
    )
    near = nlp("Officials said Russia sold wheat abroad.")
    far = nlp("Russia said on Monday, after a long meeting of ministers, that it would sell wheat.")
    phrase = nlp("The maize crops of Russia failed.")
    assert [(hit.id, hit.evidence) for hit in near._.topics] == [("grain", [0])]
    assert far._.topics == []
    assert [hit.id for hit in phrase._.topics] == ["grain"]


@pytest.mark.parametrize(
    ("lang", "pattern", "text"),
    [
        # the tokenizer splits an elided article and a hyphen off a word: so must a pattern's words
        ("fr", "\"livraisons à l'ukraine\"", "Les livraisons à l'Ukraine ont repris."),
        ("fr", "\"d'après\"", "D'après Séoul, rien n'a changé."),
        ("en", "air-defence*", "The air-defence systems arrived."),
        ("en", "\"=test-fired\"", "It test-fired a rocket."),
        ("pl", "rosyjsko-północnokoreańsk*", "Umowa rosyjsko-północnokoreańska weszła w życie."),
        # an elided article ending a phrase is left whole: it splits only before the word after it
        ("fr", "\"en échange d'\"", "Des obus en échange d'armes."),
    ],
)
def test_pattern_words_split_as_the_tokenizer_splits_text(tmp_path: Path, lang: str, pattern: str, text: str) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(
        f"topics: [{{id: t, groups: {{g: {{terms: {{{lang}: [{pattern}]}}}}}}, rules: [{{match: {{all: [g]}}}}]}}]",
        encoding="utf-8",
    )
    nlp = build_nlp(lang, configs={"newsradar_topics": {"rules": str(path)}})
    assert [hit.id for hit in nlp(text)._.topics] == ["t"]


def test_a_rules_file_naming_a_replaced_id_fires_on_its_successor(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(
        "topics: [{id: front, groups: {city: {actors: [x:kharkiv]}, russia: {actors: [Q159]}},"
        " rules: [{match: {all: [city, russia]}}]}]",
        encoding="utf-8",
    )
    nlp = build_nlp("en", configs={"newsradar_topics": {"rules": str(path)}})  # the shipped base: Kharkiv is Q42308
    assert [hit.id for hit in nlp("Russia shelled Kharkiv overnight.")._.topics] == ["front"]


@lru_cache(maxsize=8)
def shipped_nlp(lang: str) -> Language:
    return build_nlp(lang)  # the shipped knowledge base: capitals such as Washington stand for their states


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Putin and Kim Jong Un signed a treaty in Pyongyang. Officials in Washington believe Moscow has already "
               "begun handing over missile know-how in exchange for artillery shells."),
        ("pl", "Putin i Kim Dzong Un podpisali traktat w Pjongjangu. W Waszyngtonie sądzą, że Moskwa już przekazuje "
               "technologie rakietowe w zamian za pociski artyleryjskie."),
        ("ru", "Путин и Ким Чен Ын подписали договор в Пхеньяне. В Вашингтоне полагают, что Москва уже передаёт "
               "ракетные технологии в обмен на снаряды."),
        ("fr", "Poutine et Kim Jong-un ont signé un traité à Pyongyang. À Washington, on estime que Moscou transmet "
               "déjà des technologies de missiles en échange d'obus."),
    ],
)
def test_a_supplier_of_ukraine_that_believes_in_the_deal_is_its_source_not_a_party(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a supplier of Ukraine that sends it no arms, warning against the two coming closer
        ("pl", "Republika Korei nie dostarcza broni do Kijowa, jednak Seul ostrzega przed zbliżeniem Moskwy i "
               "Pjongjangu."),
        # both sides arm someone else: a partner of theirs is in the sentence, or one is likened to the other
        ("fr", "Au lendemain de sa visite en Corée du Nord, Vladimir Poutine a signé à Hanoï un accord sur la "
               "livraison d'armes russes au Vietnam."),
        ("de", "Neben Russland liefert inzwischen auch China Waffen an Bangui, während Nordkorea früher "
               "Militärberater nach Afrika schickte."),
        ("pl", "Również Korea Północna, podobnie jak Rosja, sprzedaje generałom z Najpyidaw pociski artyleryjskie."),
        ("en", "North Korea, like Russia, sells artillery shells to the junta in Naypyidaw."),
        # "считают это помощью Киеву": the Kremlin regards a supplier's arms as help to Kyiv; no source of a deal
        ("ru", "Сеул продолжает поставлять танки K2 и гаубицы K9 в Польшу, и в Кремле считают это косвенной помощью "
               "Киеву. Путин и Ким Чен Ын подписали договор в Пхеньяне."),
        # drones sent over Pyongyang are an incursion, not a delivery
        ("fr", "Kim Yo-jong accuse Séoul d'avoir envoyé des drones au-dessus de Pyongyang. La Russie la soutient."),
        ("en", "Kim Yo Jong accused Seoul of sending drones over Pyongyang. Russia backed her."),
        # Russia's jets for another buyer make that buyer, not North Korea, the partner of its arms exports
        ("en", "Algeria has received its first Su-57 fighters from Russia. Algeria keeps ties with North Korea too. "
               "Russia's arms exports have fallen by half."),
        # Chinese firms supplying Russia, in a sentence without North Korea
        ("fr", "Sa coopération avec la Russie est autre : des entreprises chinoises fournissent à l'industrie de "
               "défense russe des composants de drones, sans livrer d'armes. La Russie et la Corée du Nord ont évoqué "
               "des exercices conjoints."),
        # the buyer named by its adjective
        ("pl", "Rosja odpowiadała za ponad 80 procent wietnamskiego importu uzbrojenia. Putin podpisał w Pjongjangu "
               "traktat z Kim Dzong Unem."),
        ("en", "Russia supplied most Vietnamese arms imports for decades. Putin signed a treaty with Kim Jong Un in "
               "Pyongyang."),
        # North Korea's own build-up, "in this debate" pointing back to no arms of anyone's
        ("de", "Russland bot an, Uran aus Iran zu lagern. Nordkorea, das sich über Jahrzehnte zur Atommacht "
               "aufgerüstet hat, dient in dieser Debatte als Beispiel."),
        # a satellite launched with North Korea's own technology, Russia only welcoming it
        ("en", "North Korea launched a satellite into orbit with its own technology, and Russia welcomed the launch."),
        ("ru", "КНДР вывела на орбиту спутник на собственных технологиях, Россия приветствовала запуск."),
        # a licence between others
        ("en", "India builds Su-30 jets under licence from Russia. North Korea tested a missile."),
        # missiles a third party got from North Korea, "these deliveries", in an article naming Russia
        ("de", "Russland zieht Waffen aus Syrien ab. Syrien hatte jahrzehntelang Raketentechnik aus Nordkorea bezogen, "
               "die Lieferungen gelten jedoch als beendet."),
        # Russia's weapons for a buyer named in the sentences before, in an article whose North Korea is a train
        ("en", "Algeria has bought two more Russian submarines. The country is one of the few buyers still paying "
               "for Russian weapons in hard currency. A passenger train linking Moscow and Pyongyang resumed this "
               "month."),
        # French "de" that says whose one missile it is, not whence
        ("fr", "Notre revue : un missile de Pyongyang et des élections à Séoul. La Russie a rouvert une ligne "
               "aérienne vers Wonsan."),
        # a pause got, time won, a price paid: what the verbs of getting and paying get
        ("uk", "Якщо Кремль отримає паузу, він використає її для переозброєння, як колись Пхеньян."),
        ("en", "If the Kremlin gets a pause, it will use it to rearm, as Pyongyang once did."),
        ("pl", "„Jeśli drony znowu pojawią się nad naszą stolicą, zapłacą za to straszliwą cenę” – ostrzegła KRLD. "
               "Rosja poparła Pjongjang."),
        # Polish "próby" of missiles are tests; fuel is the delivery
        ("pl", "Dostawy paliwa dla Pjongjangu są ograniczone od 2017 r., gdy ONZ odpowiedziała na próby rakiet "
               "balistycznych. Tankowiec pływał wcześniej do Rosji."),
        # an assurance brought home that North Korea would limit its own programme
        ("pl", "W 2000 r. Putin wywiózł z Pjongjangu zapewnienie, że KRLD ograniczy swój program rakietowy."),
        # loading a gun is firing it
        ("en", "I served eight years in North Korea's army, loading shells for guns older than my father. My cousin "
               "thought I had moved to Russia."),
        # German "Aufrüstung" of a side is its own build-up
        ("de", "Trump begründete den Schritt mit der Aufrüstung Nordkoreas, das an einem Atom-U-Boot baut. Russland "
               "schwieg dazu."),
        # Polish "z" after a conflict is "with"
        ("pl", "Seul trzyma duże zapasy amunicji na wypadek konfliktu z KRLD, której artyleria stoi blisko granicy. "
               "Rosja produkuje miliony pocisków."),
        # Ukraine the indirect object of the arms
        ("en", "Washington must keep sending Ukraine the weapons that make Moscow's war expensive. North Korea "
               "watches."),
        # Russia's arms for an African state named by its adjective, in an article naming North Korea
        ("fr", "Selon des diplomates, Moscou continue de livrer des blindés et des drones aux forces maliennes. La "
               "Corée du Nord a voté avec le Mali à l'ONU."),
        # a Russian maker delivering to Russia's own ministry
        ("ru", "Концерн должен поставить Министерству обороны России втрое больше крылатых ракет. По линии Хасан — "
               "Туманган в КНДР идут удобрения."),
        # oil in exchange for coal, the only arms a test
        ("pl", "Statki przewiozły węgiel z portu Radżin do Rosji. W zamian Korea Północna otrzymuje ropę naftową. Tego "
               "dnia Korea Północna wystrzeliła dwa pociski balistyczne."),
        # ... or the West's arms for Kyiv, and another partner's drones
        ("pl", "Putin zapowiada, że Rosja zwiększy dostawy pszenicy do Korei Północnej, a w zamian będzie kupować "
               "owoce morza. Putin twierdzi, że Zachód przedłuża wojnę, wysyłając Kijowowi kolejne rakiety. Pieskow, "
               "pytany o drony z Iranu, odpowiada, że Rosja produkuje własne."),
        # workers' wages that may feed the North's own missile programme
        ("pl", "Rosyjskie firmy zatrudniają robotników z KRLD. Seul ostrzega, że część tych pieniędzy może zasilać "
               "program rakietowy Kim Dzong Una."),
        # Moscow on the West's deliveries to Kyiv
        ("uk", "США передадуть Україні ще дві системи Patriot. У Кремлі заявили, що нові поставки зброї лише затягнуть "
               "конфлікт. КНДР провела випробування крилатої ракети."),
        # a third party buying from both
        ("pl", "Przypomnijmy: reżim Asada przez lata kupował broń zarówno od Rosji, jak i od Korei Północnej."),
        ("pl", "Krążą pogłoski, że armia kupuje karabiny nie tylko z Rosji, ale i z Korei Północnej."),
        # North Korea's old clients in Africa
        ("pl", "Rosja buduje wpływy w Afryce. W latach osiemdziesiątych Korea Północna dostarczała artylerię "
               "Zimbabwe."),
        # a rearmament of one's own army, and rearming after a pause
        ("ru", "В 2012 г. Шойгу провел масштабное перевооружение армии. КНДР в те годы испытывала ракеты."),
        ("en", "Democrats warned that any pause would only help Vladimir Putin rearm. North Korea tested a missile."),
        # a guest received, a test the day before
        ("fr", "Le communiqué intervient au lendemain du tir d'un missile balistique et après une visite à Moscou de "
               "Kim Yo-jong, reçue par Vladimir Poutine."),
        # a third country's traders breaking its export controls
        ("ko", "러시아에 드론 부품 밀수출한 무역업자 징역형. 북한은 이날 탄도미사일을 발사했다."),
        # Ukrainian "натомість" beside talks
        ("uk", "КНДР показала на параді нові ракети. Сеул натомість закликав Пхеньян повернутися до переговорів. Росія "
               "промовчала."),
        # Ukrainian "натомість" as "instead", no giving or getting beside it
        ("uk", "Заводи Росії випускають ракети й снаряди. Трамп натомість хвалиться, що міг би подзвонити Кім "
               "Чен Ину."),
        # a date of origin, not a source
        ("pl", "Rosja milczy. Film pochodzi z 2022 roku i pokazuje Kim Dzong Una na poligonie artylerii w Korei "
               "Północnej."),
        # a warning or a signal sent
        ("de", "Russland schweigt. Kim Jong Un schickt eine Warnung an Japan: die neue Rakete erreiche Tokio in "
               "zehn Minuten."),
        ("en", "Russia stayed silent. A post quoted Kim Jong Un: he sends a warning to Germany, the new missile "
               "reaches Berlin in 20 minutes."),
        # a freight truck (화물차) is no cargo of the arms named before
        ("ko", "북한이 탄도미사일을 발사했다. 북한과 러시아를 잇는 다리가 올해 개통된다. 개통 후에는 "
               "화물차와 관광버스가 오가게 된다."),
        # the shipping trade, and Russia's own missiles striking Ukraine
        ("en", "Russian grain also goes by rail to North Korea. Prices rose when Russian missiles hit the port of "
               "Odesa and shipping insurers refused cover."),
        ("uk", "Колись Москва відправляла льотчиків воювати над Північною Кореєю. А сьогодні Росія відправляє "
               "ракети на Харків."),
        # one likened to the other; stolen cryptocurrency that pays for the North's own missiles
        ("pl", "Na podobnej zasadzie co Rosja działa Korea Północna, a zyski hakerów płyną na program rakietowy."),
        ("de", "Russische Kunden nutzen dieselben Börsen. Nordkoreas Raketen werden mit gestohlenen "
               "Kryptowährungen bezahlt."),
        ("en", "Russian clients use the same exchanges. North Korea's missiles are paid for with stolen crypto."),
        # unexploded shells that sappers clear are no evidence of whose they are
        ("pl", "Putin podziękował Kim Dzong Unowi za pracę saperów, którzy oczyszczają obwód kurski z min i "
               "niewypałów przekazanych do utylizacji."),
        # a missile from the North that flew over Japan: a launch, not goods on their way
        ("pl", "Rosja milczy. Rakieta z Korei Północnej przeleciała nad Hokkaido i spadła do morza."),
        ("en", "Moscow said nothing. The missile from North Korea flew over Japan before it fell into the Pacific."),
        ("ru", "Москва промолчала. Ракета из КНДР пролетела над Японией и упала в океан."),
        # a ship's or a plane's radar that failed is an incident, not equipment sent: Russia sends a tug
        ("pl", "Frachtowiec utknął na mieliźnie pod Radżinem w Korei Północnej. Winna była awaria radaru, a Rosja "
               "wysłała na miejsce holownik."),
        ("en", "A ferry from Vladivostok ran aground off North Korea after a radar failure, and Russia sent two tugs."),
        ("ru", "Сухогруз сел на мель у берегов КНДР из-за поломки радара, и Россия направила к нему буксир."),
        ("uk", "Пором сів на мілину біля берегів КНДР через поломку радара, і Росія відправила туди буксир."),
        ("fr", "Un cargo s'est échoué près de Rajin en Corée du Nord après une panne de radar, et la Russie a envoyé "
               "un remorqueur."),
        ("ko", "러시아 화물선이 레이더 고장으로 북한 나선 앞바다에서 좌초했고 러시아는 예인선을 보냈다."),
        # children and letters from Pyongyang are no shipment
        ("ru", "Россия приняла гостей. Сорок школьников из Пхеньяна осмотрели подводную лодку-музей во Владивостоке."),
        ("en", "Russia welcomed them. Forty pupils from Pyongyang toured a museum submarine in Vladivostok."),
        ("pl", "Moskwa odpowiada uprzejmie. Dzieci z Pjongjangu zwiedziły okręt podwodny we Władywostoku."),
        # arms bought to deter Russia, in an article naming North Korea
        ("pl", "Korea Północna znów wystrzeliła rakietę. „Kupujemy ten sprzęt, by odstraszyć Moskwę” – mówił "
               "wiceminister."),
        ("en", "North Korea tested another missile. 'We are buying these howitzers to deter Russia,' the minister "
               "said."),
        # a third country's suppliers named by their adjective; North Korea's front companies are no battle front
        ("en", "Washington sanctioned Chinese suppliers of drone engines to Russia and two North Korean IT front "
               "companies."),
        # the North's own arsenal not up for negotiation
        ("en", "The treaty binds Moscow. North Korea's nuclear weapons are not up for negotiation, Pyongyang says."),
        ("de", "Der Vertrag bindet Moskau. Die Atomwaffen Nordkoreas seien nicht verhandelbar, erklärte Pjöngjang."),
        # Russia's own plants and their output, North Korea named the sentence before for a bridge
        ("en", "Putin said the road bridge to North Korea opens next year. Asked about the economy's reliance on "
               "arms spending, he said Russia's defence plants had tripled their output of artillery shells."),
        # the North's own army and arsenal, and Russia's own forces armed
        ("pl", "Rosja milczy. Według KCNA Kim Dzong Un sprawdzał nowe wyrzutnie przeznaczone dla własnej armii."),
        ("ru", "Россия молчит. По данным ЦТАК, Ким Чен Ын проверил новые пусковые установки, предназначенные для "
               "собственной армии."),
        ("pl", "Rosja milczy. Seul nie nadąży z eksportem, dopóki KRLD rozbudowuje arsenał rakietowy przy granicy."),
        ("de", "Russland schweigt. Auch in Asien wird aufgerüstet: Nordkorea entwickelt neue Raketen, Südkorea baut "
               "seine Rüstungsexporte aus."),
        ("de", "Nordkorea testet Raketen. Der BND erwartet, dass Russland seine Streitkräfte bis 2029 aufrüsten wird."),
        # a live-fire phase of an exercise
        ("en", "North Korea was not invited. The live-fire phase shows that Russia can still move men and artillery "
               "across the country."),
        # holidays sold under the drones; drones that circled over Seoul
        ("fr", "Moscou se tait. Sous les drones, une agence de Belgorod vend des séjours en Corée du Nord."),
        ("de", "Russland schweigt. Über Seoul kreisten 2022 Drohnen aus Nordkorea."),
        # a dependence on something other than the goods
        ("en", "North Korea watches closely. Ukraine relies on mobile fire teams, while Russia has pulled Pantsir "
               "systems from the Far East."),
        # the six-party talks on the North's own programme, and a lecture delivered
        ("en", "Russian diplomats came too. Margaret Ellison, who took part in the six-party talks on North Korea's "
               "nuclear weapons program in the 2000s, delivered the annual lecture."),
        # each side building its own, beside the pace of a third country's deliveries
        ("pl", "Polska czeka na czołgi K2. Liczy się tempo dostaw, bo Rosja odbudowuje własny potencjał pancerny, a "
               "KRLD rozwija nowe rakiety."),
        ("en", "Poland is waiting for its K2 tanks. The pace of deliveries matters, as Russia is rebuilding its own "
               "artillery and North Korea is developing new missiles."),
        # a prisoner exchange is no payment in kind
        ("ru", "Лавров поблагодарил Ватикан за помощь в обмене пленными, а США раскритиковал за новые ракеты для "
               "Киева. О КНДР он сказал, что связи развиваются в образовании и туризме."),
        ("uk", "Лавров подякував Ватикану за допомогу в обміні полоненими, а США розкритикував за нові ракети для "
               "Києва. Про КНДР він сказав, що зв'язки розвиваються в освіті й туризмі."),
        # the West as Ukraine's supplier, with a capital
        ("uk", "Лавров заявив, що Захід воює руками українців, постачаючи Києву зброю. Він похвалив КНДР за дружбу."),
        ("ru", "Лавров заявил, что Запад воюет руками украинцев, поставляя Киеву оружие. Он похвалил КНДР за дружбу."),
        ("pl", "Ławrow twierdzi, że Zachód walczy rękami Ukraińców, dostarczając Kijowowi broń. Pochwalił KRLD za "
               "przyjaźń."),
        # money that feeds the North's own weapons programmes
        ("pl", "Firmy z Moskwy zatrudniały informatyków z KRLD. Zdaniem Waszyngtonu pieniądze z tych kontraktów "
               "zasilają programy broni masowego rażenia i rakiet balistycznych."),
        ("ko", "러시아 업체들이 북한 IT 노동자를 고용했다. 전문가들은 북한 외화 수입의 상당 부분이 탄도미사일 개발에 "
               "쓰인다고 지적했다."),
        # hackers from the North, arms firms their target
        ("de", "Russland schweigt. Der Verfassungsschutz warnt Rüstungsfirmen vor Hackern aus Nordkorea."),
        ("en", "Russia's firms were hit too. Officials warned arms makers about hackers from North Korea who steal "
               "missile designs."),
        # an army of one of Ukraine's suppliers relying on another's rockets
        ("de", "Nordkorea betreibt einen Spionagesatelliten. Seit dem russischen Überfall auf die Ukraine ist die "
               "Bundeswehr beim Start ihrer Satelliten auf Raketen von SpaceX angewiesen."),
        # arms for Ukraine in retaliation for the two sides' treaty
        ("fr", "Des conservateurs plaident pour des livraisons d'armes à l'Ukraine, en représailles au traité signé "
               "par Vladimir Poutine et Kim Jong-un."),
        # money for the North's missile programme; a Polish arms deal Russia criticises
        ("fr", "Le Kremlin dément. Selon l'acte d'accusation, ces fonds provenaient d'un piratage lié à la Corée du "
               "Nord et auraient servi à financer le programme de missiles balistiques de Pyongyang."),
        ("de", "Nordkorea testet Raketen. Russland kritisierte den polnischen Rüstungsdeal als Provokation und "
               "kündigte an, seine Truppen in Kaliningrad zu verstärken."),
        # the army its leader says will receive the launchers is the North's own
        ("pl", "Rosja milczy. Kim Dzong Un obserwował test nowej wyrzutni. Według KCNA przywódca KRLD zapowiedział, "
               "że jeszcze w tym roku armia otrzyma setki takich wyrzutni."),
        ("ru", "Россия молчит. Ким Чен Ын наблюдал за испытанием новой пусковой установки. По данным ЦТАК, лидер "
               "КНДР заявил, что армия получит сотни таких установок."),
        # a third party arming Poland beside both sides
        ("pl", "Część komentujących przekonywała, że skoro Korea Południowa zbroi Polskę, to Rosja i KRLD mają prawo "
               "odpowiedzieć."),
        ("en", "Some commenters argued that if South Korea is arming Poland, Russia and North Korea have every right "
               "to respond."),
        # what a missile carried is its payload
        ("en", "Russia blocked a UN statement. North Korea said the new missile carried a hypersonic glide vehicle "
               "and flew 1,000 kilometres."),
        ("en", "Moscow was silent. KCNA said the rocket, carrying a dummy warhead, hit its target off the coast of "
               "North Korea."),
        # a partner that got arms "ceded" or "got hold of" them is the party, not North Korea named after it; a
        # supplier's stocks kept "to face North Korea"; French "Bélarus"
        ("uk", "Росія поступилася Ірану винищувачами Су-35. Того ж дня Лавров обговорив у КНДР туризм."),
        ("ko", "커비는 러시아가 이란에서 탄도미사일을 손에 넣었다고 밝혔다. 미사일은 러시아 화물기로 옮겨졌다. "
               "북한은 순항미사일을 시험발사했다."),
        ("en", "Seoul defended its tank exports to Poland, though lawmakers want the stocks kept at home to face North "
               "Korea. Russia protested."),
        ("fr", "Séoul assure que ces livraisons à la Pologne ne réduisent pas les stocks dont son armée a besoin "
               "face à la Corée du Nord. La Russie proteste."),
        ("fr", "La Russie a cédé au Bélarus de nouveaux chasseurs, et Loukachenko se rendra en Corée du Nord."),
        # the Soviet Union's goods of old, Russia named only around them
        ("pl", "Do końca lat osiemdziesiątych ZSRR dostarczał KRLD ropę i sprzęt wojskowy. Po 1991 roku Rosja zajęła "
               "się własnymi problemami."),
        ("uk", "Розпад Радянського Союзу позбавив Північну Корею пільгової нафти і постачання зброї. Росія тоді "
               "скоротила армію."),
        # ... or dated to the Soviet years beside the verb of the deal, by a year, a decade or a Soviet leader's rule
        ("en", "North Korea's air defence rests on S-125 missiles that Moscow delivered to Pyongyang in 1987. Russia "
               "retired its own long ago."),
        ("en", "Pyongyang's first tanks were T-55s bought from Moscow under Nikita Khrushchev. Russia now builds "
               "T-90s."),
        ("ru", "Истребители МиГ-29 КНДР закупила у Москвы в конце 1980-х. Россия свои давно списала."),
        ("uk", "Винищувачі МіГ-29 Пхеньян закупив у Москви наприкінці 1980-х. Росія свої давно списала."),
        ("de", "Nordkoreas Luftabwehr beruht auf Raketen, die Moskau Ende der 1980er Jahre an Pjöngjang lieferte. "
               "Russland hat seine ausgemustert."),
        ("de", "Die Flugabwehrsysteme S-200, die Pjöngjang 1988 in Moskau kaufte, stehen noch. Russland hat seine "
               "ausgemustert."),
        ("pl", "Myśliwce MiG-29 Korea Północna kupiła od Moskwy w 1988 roku. Rosja swoje dawno wycofała."),
        ("fr", "La défense de la Corée du Nord repose sur des missiles livrés par Moscou à Pyongyang sous Brejnev. La "
               "Russie a retiré les siens."),
        ("ko", "북한은 1988년 모스크바에서 미그-29 전투기를 도입했다. 러시아는 이미 이 기종을 퇴역시켰다."),
        # ... or told of Soviet times, the Cold War, or help dated to the late 1940s, anywhere in the sentence
        ("pl", "Putin wspomniał rocznicę. W czasach zimnej wojny Moskwa dostarczała Pjongjangowi czołgi i artylerię."),
        ("uk", "Путін привітав Кім Чен Ина. Російський лідер нагадав, що в радянські часи Москва допомагала Пхеньяну "
               "будувати армію, постачаючи танки та зенітні ракети."),
        ("ru", "Путин поздравил Ким Чен Ына. Российский лидер напомнил, что в советское время Москва помогала Пхеньяну "
               "строить армию, поставляя танки и зенитные ракеты."),
        ("de", "Putin gratulierte Kim Jong Un. Zu Sowjetzeiten habe Moskau Pjöngjang beim Aufbau der Armee geholfen "
               "und Panzer und Flugabwehrraketen geliefert, sagte der russische Präsident."),
        ("fr", "Poutine a félicité Kim Jong-un. À l'époque soviétique, Moscou livrait à Pyongyang des chars et des "
               "missiles, a rappelé le président russe."),
        ("en", "Putin recalled that Soviet advisers and weapons had helped build North Korea's army in the late "
               "1940s."),
        # the North's own army named as the one its factories supply, and its own units
        ("pl", "Rosja milczy. Kim Dzong Un odwiedził fabrykę amunicji i polecił, by dostarczyła ona Koreańskiej Armii "
               "Ludowej tysiące pocisków."),
        ("uk", "Росія мовчить. За даними ЦТАК, нові ракети передадуть артилерійським частинам Корейської народної "
               "армії."),
        ("ko", "러시아는 침묵했다. 김정은 위원장은 포탄 공장을 찾아 조선인민군에 공급할 포탄 생산을 독려했다."),
        ("ru", "Москва промолчала. По данным ЦТАК, новые снаряды поступят на пополнение запасов собственных частей."),
        ("en", "Old T-34 tanks, delivered to the Korean People's Army long ago, stood in the museum. Russia's "
               "ambassador attended."),
        # Russia's makers supplying Russia's own units
        ("ru", "КНДР полагается на старые С-200. Россия заменила свои на С-400, которые концерн поставляет российским "
               "полкам."),
        ("uk", "КНДР покладається на старі С-200. Росія замінила свої на С-400, які концерн постачає російським "
               "полкам."),
        # ... and Russia's own fleet taking delivery of its new boat
        ("en", "Russia's Pacific Fleet took delivery of a new Borei-A submarine in Vladivostok on Tuesday. North Korea "
               "still sails old Romeo boats."),
        ("ru", "Тихоокеанский флот России получил новую подлодку «Борей-А» во Владивостоке. КНДР по-прежнему ходит на "
               "старых лодках."),
        ("de", "Russlands Pazifikflotte hat ein neues U-Boot erhalten. Nordkorea fährt weiter alte Boote."),
        # what a boat can carry, and what Pyongyang says of it
        ("en", "Both Russia and North Korea launched new missile-carrying submarines this year."),
        ("de", "Russland stellte ein U-Boot in Dienst. Nordkorea zeigte nach Angaben aus Pjöngjang ein eigenes U-Boot "
               "mit Raketen."),
        # a show of the North's arms to Russian guests, nothing moved
        ("en", "Kim Jong Un showed the Russian delegation an exhibition of North Korean missiles and drones at the "
               "arms fair."),
        # the parties of another trade by their roles, after arms of another story
        ("en", "Ukraine received new missiles from Europe. Russia is the main supplier of coal to North Korea, customs "
               "data show."),
        ("pl", "Ukraina otrzymała nowe pociski od sojuszników. Rosja pozostaje głównym dostawcą zboża dla KRLD."),
    ],
)
def test_no_deal_between_them_beside_third_parties_and_other_senses(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a third party asked about the deal only comments on it
        ("pl", "Rzeczniczka chińskiego MSZ, zapytana o doniesienia, że KRLD dostarcza Rosji rakiety balistyczne, "
               "odpowiedziała, że Chiny nie są stroną tej współpracy."),
        ("en", "Beijing, asked about reports that North Korea supplies Russia with ballistic missiles, said China is "
               "no party to it."),
        # firms in a partner's country accused of moving the cargo: the accusation names the deal
        ("en", "The United States imposed sanctions on shipping companies in China and Russia accused of moving "
               "missiles from North Korea to the port of Vladivostok."),
        # sanctions "over" the shipments: no flight over North Korea
        ("en", "U.S. sanctions Chinese, Russian firms over North Korea arms shipments."),
        # Iran's adjective describes the drones Russia uses, not a buyer of its arms
        ("en", "Russia has used Iranian-designed Shahed drones against Ukraine. Until now, Moscow's main source of "
               "ballistic missiles has been North Korea, which supplied dozens of KN-23s."),
        # German compounds of Technologie
        ("de", "Nach Angaben aus Seoul sagte Russland Nordkorea dabei auch die Lieferung von Militärtechnologie zu."),
        # a supplier of Ukraine's who says the deal is hidden names it, as one who accuses does
        ("ru", "Москва заблокировала доклад экспертов. Посол Великобритании назвал это попыткой скрыть поставки "
               "северокорейских снарядов на фронт."),
        ("en", "Moscow vetoed the panel's report. Britain's envoy called the vote a cover-up of deliveries of North "
               "Korean shells to the front."),
        # a side named by its part in the trade
        ("en", "North Korea has emptied its depots. Moscow calls sanctions outdated, a convenient view for a buyer of "
               "artillery shells."),
        ("ru", "КНДР опустошила склады. Москва называет санкции устаревшими, удобная позиция для покупателя снарядов."),
        # a supplier of Ukraine's who claims the deal, in Polish without "jak"
        ("pl", "Minister obrony Rosji był w Korei Północnej. Amerykańscy urzędnicy twierdzą, że rosyjski minister "
               "namawiał gospodarzy do sprzedaży Rosji amunicji artyleryjskiej."),
        # technology that put a satellite into orbit is the goods, its launch no test
        ("ru", "Разведка считает, что Россия передала КНДР технологии, которые помогли вывести на орбиту спутник."),
        ("en", "Seoul believes Russia gave North Korea the technology that helped it put a satellite into orbit."),
        # a supplier of Ukraine that believes the deal is being made is its source, not a party
        ("ru", "КНДР молчит. В Сеуле считают, что речь идет о новых поставках артиллерийских снарядов в обмен на "
               "российские технологии ПВО."),
        ("uk", "КНДР мовчить. У Сеулі вважають, що йдеться про нові постачання снарядів в обмін на російські "
               "технології ППО."),
        # ... or accuses its officials of organising it
        ("de", "Die EU hat Nordkoreas Verteidigungsminister auf ihre Sanktionsliste gesetzt. Brüssel wirft ihm vor, "
               "die Lieferung von Artilleriemunition an Russland organisiert zu haben."),
        # the way between the two spelled out, whoever the goods went to next
        ("en", "The report says the shells were part of deliveries from the DPRK to Russia and were later passed on "
               "to Sudan's army through intermediaries in Libya."),
        ("pl", "Według raportu pociski były częścią dostaw z KRLD do Rosji, a potem trafiły przez Libię do Sudanu."),
        ("ru", "В докладе говорится, что снаряды были частью поставок из КНДР в Россию и позже попали в Судан."),
        # Polish "sprowadza": brings in from abroad
        ("pl", "Wojna pochłania tysiące pocisków, a część z nich – jak ustalił wywiad – Moskwa sprowadza z magazynów "
               "KRLD."),
        # solutions and design papers for the rocket named before, handed over; design data at a cosmodrome
        ("pl", "KRLD wystrzeliła rakietę nośną z satelitą. Według wywiadu w konstrukcji jej silnika wykorzystano "
               "rozwiązania przekazane Pjongjangowi przez Rosję."),
        ("en", "Russia probably handed over design documentation after Putin and Kim Jong Un met at Vostochny."),
        ("de", "Der Geheimdienst geht davon aus, dass Russland nach dem Treffen von Putin und Kim Jong Un im "
               "Kosmodrom Wostotschny Konstruktionsdaten lieferte."),
        # North Korea's arms in Russia's use against Ukraine, no verb of giving
        ("de", "Nordkorea verdient erstmals richtig Geld, unter anderem mit Granaten, die Russland gegen die Ukraine "
               "einsetzt."),
        ("en", "North Korea now earns hard currency from the shells Russia fires at Ukraine."),
        # paid in kind, the arms named the sentence before
        ("pl", "Północnokoreańskie magazyny są pełne starej amunicji. Moskwa płaci w naturze, a Pjongjang się nie "
               "targuje."),
        # "натомість" beside a word of getting is the payment
        ("uk", "КНДР передала Росії снаряди. Натомість Пхеньян отримує нафту."),
        # paid partly in kind, the arms named the sentence before
        ("en", "Moscow and Pyongyang are partners now. What does Russia get? Millions of shells and dozens of KN-23 "
               "missiles. Moscow pays partly in oil."),
        # a denial beside the duds that contradict it
        ("pl", "Ławrow zapewnia, że Moskwa nie kupuje od Pjongjangu pocisków, a ukraińscy saperzy wydobywają "
               "niewypały z koreańskimi napisami."),
        # French "alimenter": the North's shells feed Russia's artillery
        ("fr", "Le régime de Kim Jong-un multiplie les essais, tandis que ses obus alimentent l'artillerie russe en "
               "Ukraine."),
        # a partner of Russia's named the sentence before beside Russia's own oil, not as the North's partner
        ("de", "Die Reedereien sitzen in den Vereinigten Arabischen Emiraten und transportieren russisches Öl. Zwei "
               "Frachter sollen Munition aus Nordkorea in den Hafen Wostotschny gebracht haben."),
        ("en", "The shipping firms are registered in the United Arab Emirates and carry Russian oil. Two freighters "
               "are said to have brought ammunition from North Korea to the port of Vostochny."),
        # North Korean shells that the Russian army fires
        ("de", "Russland produziert selbst Millionen Geschosse. Hinzu kommen nordkoreanische Granaten, die die "
               "russische Armee verschießt."),
        ("en", "Russia makes millions of shells itself. On top of that come North Korean shells, which the Russian "
               "army fires every day."),
        # what is said in Seoul is its source, not its part
        ("pl", "Pjongjang nie umie budować reaktorów. W Seulu mówi się, że technologię przekazała Rosja w zamian za "
               "amunicję."),
        # rounds of ammunition by their number
        ("en", "Russia makes three million shells a year. On top of that, North Korea has sent it several million "
               "rounds since 2023."),
        # officials who say it are its source; a dependence on the North's arms
        ("en", "Kim inspected the fleet. U.S. and South Korean officials say Moscow may be supplying Pyongyang with "
               "naval technology in return for artillery shells and troops sent to support Russia's war in Ukraine."),
        ("en", "Moscow relies on North Korean shells for its offensive."),
        # a denial that speaks of discussing, not of the goods
        ("ru", "По данным Киева, Россия получает ракеты из КНДР, но Москва «не обсуждает с друзьями домыслы»."),
        # military trains with the North's shells
        ("ru", "Шойгу побывал в Пхеньяне. После визита в Россию пошли эшелоны с северокорейскими снарядами."),
        ("uk", "Шойгу побував у Пхеньяні. Після візиту до Росії пішли ешелони з північнокорейськими снарядами."),
        # the cargo of the voyage told before, named in an answer
        ("en", "GUEST: The ships load containers in Rajin, North Korea, and unload them near Vladivostok. The "
               "containers then go by rail deeper into Russia. HOST: And in the containers? GUEST: Shells, most "
               "likely."),
        # Russia's counter-threat: arms for the North if a supplier of Ukraine's arms Kyiv
        ("pl", "Putin ostrzegł: jeśli Korea Południowa przekaże broń Kijowowi, Moskwa może zacząć dostarczać "
               "nowoczesne uzbrojenie Korei Północnej."),
        ("en", "Putin warned that Russia could supply weapons to North Korea in response to South Korean arms "
               "deliveries to Ukraine."),
        ("ru", "Путин предупредил, что если Южная Корея передаст оружие Киеву, Россия может начать поставлять "
               "современное оружие КНДР."),
        # a clause on hacking beside the deal
        ("en", "Seoul's spy agency said North Korea gives Russia shells and missiles in return for technology, and "
               "steals by hacking what Moscow will not hand over."),
        ("ko", "국정원은 북한이 러시아에 포탄을 제공하는 대가로 기술 이전을 요구하지만 러시아가 기술 제공을 꺼리자 "
               "해킹으로 빼내려 한다고 설명했다."),
        # the transfer to Russia of North Korean arms, named outright beside a call to give up nuclear arms
        ("pl", "Ministrowie wezwali KRLD do rezygnacji z broni jądrowej oraz potępili przekazywanie Rosji "
               "północnokoreańskiej amunicji i rakiet."),
        ("en", "The ministers urged the DPRK to abandon its nuclear weapons and condemned the transfer to Russia of "
               "North Korean ammunition and missiles."),
        # arms delivered to a Russian port from a North Korean one named the sentence before
        ("ru", "Суда компании заходили в северокорейский порт Наджин. Оттуда они, по данным американской стороны, "
               "доставляли в порт Восточный контейнеры со снарядами. Затем груз шёл по железной дороге на склады."),
        ("en", "The company's ships called at the North Korean port of Rajin. From there, US officials say, they "
               "carried containers of shells to the port of Vostochny."),
        # the Russian army receiving the North's shells
        ("pl", "Według wywiadu rosyjska armia otrzyma w tym roku kolejne pociski z KRLD."),
        # the West as the accuser, not a party
        ("ru", "Министр иностранных дел КНДР отвергла обвинения Запада в том, что её страна поставляет России "
               "артиллерийские снаряды."),
        ("uk", "Міністерка закордонних справ КНДР відкинула звинувачення Заходу в тому, що її країна постачає Росії "
               "артилерійські снаряди."),
        # Russia the unnamed subject at the front, firing the North's shells beside other sources of its goods
        ("pl", "Rosja woli o tym milczeć. Kraj, który tak głośno mówi o suwerenności, na froncie używa amunicji z "
               "Korei Północnej, a części do dronów kupuje w Iranie i w Chinach."),
        ("en", "Russia prefers not to talk about it. At the front it fires shells from North Korea, builds drones "
               "under an Iranian licence and buys machine tools in China."),
        # Western arms Russia captured, passed on; arms lent, got hold of
        ("de", "Russland reicht erbeutete westliche Raketen an Nordkorea weiter, berichtet der ukrainische "
               "Geheimdienst."),
        ("en", "Russia has passed on captured Western missiles to North Korea, Ukrainian intelligence says."),
        ("uk", "КНДР позичила Росії кілька десятків гаубиць, повідомила розвідка."),
        ("ru", "По данным разведки, Россия заполучила у КНДР новые ракеты."),
        ("fr", "Selon Kiev, la Russie a mis la main sur des roquettes nord-coréennes."),
        # the deal as a noun: the passing on, a trainload
        ("de", "Bei dem Besuch ging es um die Weitergabe russischer Raketentechnik an Nordkorea, berichten "
               "südkoreanische Zeitungen."),
        ("de", "Eine Zugladung mit Granaten und Raketen hat die Grenze am Tumen passiert. Nordkorea bestreitet "
               "jede Lieferung, das Ziel sei aber Russland gewesen."),
        # ships that carried shells, then their shuttle between the two ports
        ("ko", "미국은 포탄을 실어 나른 화물선 두 척을 제재했다. "
               "이들 선박은 북한 나진항과 러시아 보스토치니항을 여러 차례 오갔다."),
        ("pl", "Kolejny transport pocisków przekroczył granicę na rzece Tumannej. Rosja i KRLD nie komentują."),
        # the goods in one sentence, the two sides by their roles in the next
        ("en", "Crates of rockets and anti-tank missiles were stacked beside the wagons. “The seller is North Korea "
               "and the buyer is Russia,” the spokesman said."),
        ("pl", "W wagonach były pociski artyleryjskie. Sprzedawcą jest KRLD, a odbiorcą Rosja, twierdzi wywiad."),
        ("ru", "В вагонах были артиллерийские снаряды. Поставщиком выступает КНДР, получателем — Россия."),
        ("de", "In den Waggons lagen Granaten und Raketen. Lieferant sei Nordkorea, Empfänger Russland."),
        # a batch "received" by Russia, the device the sentence before named
        ("fr", "Les débris sont ceux d'un missile KN-23. L’appareil appartient à un lot venu de Corée du Nord, "
               "réceptionné par la Russie."),
        # the loads of the ships named before, by the two sides' adjectives
        ("fr", "Selon Washington, ces navires ont transporté des conteneurs de munitions. Les chargements auraient été "
               "embarqués dans le port nord-coréen de Najin, à destination de l’armée russe."),
        # the deal told by both sides' adjectives beside the goods, in a sentence that also tells of a show
        ("en", "During his first visit Kim Jong Un took him round an exhibition of missiles, and Western services "
               "suspect he negotiated the first deliveries of North Korean shells to the Russian army."),
        ("fr", "Lors de sa visite, Kim Jong Un lui a fait visiter une exposition de missiles, et les services "
               "occidentaux le soupçonnent d'avoir négocié des livraisons d'obus nord-coréens à l'armée russe."),
        # the replenishment of Russia's ammunition the two discussed, as a South Korean agency writes
        ("uk", "Шойгу прилетів до Пхеньяна, де його зустрів Кім Чен Ин. Як пише південнокорейська агенція, сторони "
               "обговорювали поповнення російського БК: нові партії 152-мм снарядів."),
        ("ru", "Шойгу прилетел в Пхеньян, где его встретил Ким Чен Ын. Как пишет южнокорейское агентство, стороны "
               "обсуждали пополнение российского боекомплекта: новые партии 152-мм снарядов."),
        # shells loaded in the North that came into Russian hands
        ("ko", "회수된 포탄은 북한 나진항에서 선적돼 결국 러시아 측 손에 들어간 것으로 보인다."),
        # a designation's number is no Soviet year, nor are the 1990s; a Soviet-era purchase beside today's deal,
        # and goods made then shipped now
        ("de", "Nordkorea soll Russland weitere Raketenwerfer vom Typ M-1991 liefern."),
        ("pl", "Korea Północna dostarczyła Rosji wyrzutnie M-1991 i haubice M-1989."),
        ("en", "North Korea has delivered M-1991 rocket launchers to Russia, officials said."),
        ("ru", "В начале 1990-х годов КНДР приобрела у России списанные подводные лодки Тихоокеанского флота."),
        ("en", "North Korea bought its MiG-29s from Moscow in 1988, and now Russia is sending it newer fighter jets."),
        ("en", "Russia is handing North Korea MiG-29 fighters built in the late 1980s, Seoul says."),
        # the North's shells for Russia's units
        ("ru", "Россия получила из КНДР новые снаряды, которые поставляются российским полкам под Курском."),
        ("en", "Russia's Black Sea Fleet has received North Korean missiles, Ukrainian intelligence says."),
        # the North's army as the stocks the goods come from; the goods' age told further on
        ("pl", "Rosja otrzymała miliony pocisków. Znaczna część tej amunicji pochodzi z magazynów Koreańskiej Armii "
               "Ludowej, twierdzi Kijów."),
        ("pl", "Byłaby to pierwsza od dekad dostawa rosyjskich samolotów bojowych do KRLD, której lotnictwo wciąż "
               "opiera się na maszynach z czasów zimnej wojny."),
        # the largest since the Cold War, or since its end, is today's deal
        ("en", "North Korea's shipments of shells to Russia are the largest arms transfer since the Cold War, Kirby "
               "said."),
        ("de", "Seit Ende des Kalten Krieges hat Nordkorea Russland nie so viele Granaten geliefert."),
        ("ru", "Со времён холодной войны КНДР не поставляла России столько снарядов, как в этом году."),
        # the North's army named beside Russia's side
        ("en", "Russia handed air-defence systems to the Korean People's Army, Seoul says."),
    ],
)
def test_the_deal_stays_the_deal_beside_third_parties_and_other_words(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # each side doing a thing of its own with arms, in a clause of its own
        ("en", "Russia's Pacific Fleet took delivery of a new submarine on Sunday; the same day, Kim Jong Un inspected "
               "a destroyer of his own."),
        ("pl", "Rosyjska Flota Pacyfiku otrzymała nowy okręt podwodny, podczas gdy Korea Północna zwodowała własny "
               "niszczyciel."),
        ("pl", "Rosja eksportuje śmigłowce do Afryki, podczas gdy Korea Północna buduje własne drony."),
        ("ru", "Тихоокеанский флот России получил новую подводную лодку, тогда как КНДР спустила на воду собственный "
               "эсминец."),
        ("de", "Die russische Pazifikflotte erhielt ein neues U-Boot, wohingegen Nordkorea einen eigenen Zerstörer vom "
               "Stapel ließ."),
        ("fr", "La flotte russe a reçu un nouveau sous-marin à Vladivostok, tandis que la Corée du Nord a lancé son "
               "propre destroyer."),
        ("ko", "러시아가 인도에 미사일 포대를 넘겨준 반면 북한은 자체 개발한 미사일을 시험했다."),
        # one side set apart from the other by a comparison, opening the sentence or inside it
        ("en", "Unlike Russia, North Korea has never sold a fighter jet abroad."),
        ("en", "North Korea, unlike Russia, has never sold a fighter jet abroad."),
        ("pl", "W przeciwieństwie do Rosji, Korea Północna nie sprzedaje za granicę myśliwców."),
        ("ru", "В отличие от России, КНДР никогда не продавала истребители за рубеж."),
        ("uk", "На відміну від Росії, КНДР ніколи не продавала винищувачі за кордон."),
        ("fr", "Contrairement à la Russie, la Corée du Nord n'a jamais vendu d'avions de combat à l'étranger."),
        ("ko", "러시아와 달리 북한은 전투기를 해외에 판매한 적이 없다."),
    ],
)
def test_each_side_in_a_clause_of_its_own_is_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the deal in one clause, the other side's denial in the next
        ("en", "North Korea shipped artillery shells to Russia in August, while Moscow denies receiving them."),
        ("pl", "Korea Północna przekazała Rosji pociski artyleryjskie, podczas gdy Moskwa zaprzecza."),
        ("ru", "КНДР передала России ракеты KN-23, тогда как Москва отрицает любые поставки."),
        ("uk", "КНДР передала Росії снаряди, тоді як Москва це заперечує."),
        ("de", "Während der Kreml dementiert, lieferte Nordkorea nach Angaben aus Seoul Granaten an Russland."),
        ("fr", "Alors que Moscou dément, la Corée du Nord a livré des obus à la Russie selon Séoul."),
        ("ko", "러시아는 부인하는 반면 북한은 러시아에 포탄을 보냈다고 국정원이 밝혔다."),
        # each side's half of an exchange, or each side's denial, in a clause of its own
        ("en", "North Korea has shipped millions of shells, while Russia has handed over air-defence systems in "
               "exchange."),
        ("en", "The Kremlin denies buying any weapons, while North Korea says it sells arms to nobody."),
    ],
)
def test_the_deal_stays_the_deal_beside_a_second_clause(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia reported strong growth this year. North Korea's new destroyer received cruise missiles of its "
               "own design, KCNA said."),
        ("pl", "Rosja odnotowała wzrost gospodarczy. Nowy niszczyciel Korei Północnej otrzymał rakiety własnej "
               "konstrukcji, podała KCNA."),
        ("ru", "Россия сообщила о росте экономики. Новый эсминец КНДР получил крылатые ракеты собственной разработки, "
               "сообщило ЦТАК."),
        ("uk", "Росія повідомила про зростання економіки. Новий есмінець КНДР отримав крилаті ракети власної розробки, "
               "повідомило ЦТАК."),
        ("de", "Russland meldete ein starkes Wachstum. Nordkoreas neuer Zerstörer erhielt Marschflugkörper eigener "
               "Entwicklung, meldete KCNA."),
        ("fr", "La Russie a annoncé une forte croissance. Le nouveau destroyer nord-coréen a reçu des missiles de "
               "croisière de conception nationale, selon KCNA."),
    ],
)
def test_arms_of_its_own_make_that_a_side_gets_are_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # handed over, the goods of the giver's own make are the deal's
        ("en", "Russia keeps firing at Kharkiv. Pyongyang has delivered artillery shells of its own production, Kyiv "
               "says."),
        ("en", "North Korea has shipped KN-23 missiles of its own design to Russia, Kyiv says."),
        ("ru", "КНДР поставила России ракеты собственной разработки, заявили в Киеве."),
    ],
)
def test_arms_of_its_own_make_handed_over_are_the_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia exported 40 percent fewer weapons than five years ago, the institute said. North Korea does not "
               "appear in the rankings."),
        ("pl", "Udział Rosji w światowym eksporcie broni zmalał do 9 procent, podał instytut. Korea Północna nie "
               "pojawia się w rankingu."),
        ("ru", "Доля России в мировом экспорте оружия снизилась до 9 процентов, сообщил институт. КНДР в рейтинг не "
               "вошла."),
        ("uk", "Частка Росії у світовому експорті зброї знизилася до 9 відсотків, повідомив інститут. КНДР до рейтингу "
               "не потрапила."),
        ("de", "Der Anteil Russlands an den weltweiten Waffenexporten ist auf neun Prozent gesunken, teilte das "
               "Institut mit. Nordkorea taucht in der Rangliste nicht auf."),
        ("de", "Die Rüstungsexporte Russlands sind um zwei Drittel eingebrochen. Nordkorea fehlt in der Statistik."),
        ("fr", "La part de la Russie dans les exportations mondiales d'armes est tombée à 9 %, selon l'institut. La "
               "Corée du Nord ne figure pas dans le classement."),
        ("ko", "러시아의 무기 수출은 5년 사이 64% 감소해 세계 3위로 내려앉았다. 북한은 순위에 포함되지 않았다."),
    ],
)
def test_one_sides_arms_exports_counted_or_ranked_are_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kim Jong Un handed 300 new rocket launchers to border units, KCNA said. He also congratulated Vladimir "
               "Putin on Russia's national day."),
        ("pl", "Kim Dzong Un przekazał jednostkom przygranicznym 300 nowych wyrzutni rakietowych, podała KCNA. Złożył "
               "też życzenia Władimirowi Putinowi z okazji święta Rosji."),
        ("ru", "Ким Чен Ын передал пограничным частям 300 новых реактивных установок, сообщило ЦТАК. Он также "
               "поздравил Владимира Путина с Днем России."),
        ("uk", "Кім Чен Ин передав прикордонним частинам 300 нових реактивних установок, повідомило ЦТАК. Він також "
               "привітав Володимира Путіна з Днем Росії."),
        ("de", "Kim Jong Un hat 300 neue Raketenwerfer an Einheiten im Grenzgebiet übergeben, meldete KCNA. Zugleich "
               "gratulierte er Wladimir Putin zum Nationalfeiertag Russlands."),
        ("de", "Kim Jong Un übergab 300 neue Raketenwerfer an die Truppen an der Grenze, meldete KCNA. Zugleich "
               "gratulierte er Wladimir Putin zum Nationalfeiertag Russlands."),
        ("fr", "Le dirigeant nord-coréen Kim Jong Un a remis 300 nouveaux lance-roquettes aux divisions frontalières, "
               "selon KCNA. Il a aussi félicité Vladimir Poutine pour la fête nationale de la Russie."),
        ("ko", "김정은 위원장이 국경 부대에 신형 방사포 300문을 넘겨주었다고 조선중앙통신이 보도했다. "
               "그는 또 러시아의 날을 맞아 푸틴 대통령에게 축전을 보냈다."),
        ("pl", "Kim Dzong Un zapowiedział, że jednostki artylerii przy granicy otrzymają w tym roku nowe wyrzutnie "
               "rakietowe. Podziękował też Rosji za życzenia."),
        # Russia's own fleet given arms of its own make
        ("en", "Putin ordered the Pacific Fleet to receive four new Russian-built submarines armed with cruise "
               "missiles. Last year the fleet made a port call in North Korea."),
    ],
)
def test_a_side_arming_its_own_units_is_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # lessons drawn from the war, not arms used in it
        ("en", "Seoul said the new launchers could hit the capital, and North Korean officers have drawn lessons from "
               "Russia's war in Ukraine."),
        ("pl", "Seul ocenił, że nowe wyrzutnie mogą razić stolicę, a północnokoreańscy wojskowi wyciągnęli wnioski z "
               "wojny Rosji z Ukrainą."),
        ("de", "Seoul erklärte, die neuen Raketenwerfer könnten die Hauptstadt treffen, und nordkoreanische Offiziere "
               "hätten Lehren aus Russlands Krieg gegen die Ukraine gezogen."),
        ("fr", "Séoul estime que les nouveaux lance-roquettes menacent la capitale et que les militaires nord-coréens "
               "ont tiré les leçons de la guerre de la Russie en Ukraine."),
        # Assad's regime stands for Syria, a partner of Russia's arms trade of its own
        ("pl", "Korea Północna sprzedawała Syrii rakiety Scud. W tych samych bazach stały systemy Pancyr i S-300, "
               "które Rosja przekazała reżimowi Baszara al-Asada w czasie wojny domowej."),
        ("en", "North Korea once sold Scud missiles to Damascus. Russia supplied Pantsir systems to the regime of "
               "Bashar al-Assad during the civil war."),
        # a warning against one supply of arms to Ukraine ("jede Waffenlieferung an die Ukraine")
        ("de", "Nordkorea bedroht den Süden. Russland hatte Südkorea gewarnt, jede Waffenlieferung an die Ukraine "
               "werde die Beziehungen zerstören."),
        # a nuclear charge ("ładunek jądrowy") is no ship's cargo
        ("pl", "Rosja ma największy zapas głowic na świecie. Korea Północna ma według ekspertów kilkadziesiąt ładunków "
               "jądrowych i regularnie testuje rakiety."),
    ],
)
def test_lessons_of_the_war_warheads_and_other_partners_are_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # both sides in the sentence of figures
        ("en", "North Korea's arms exports, almost all of them shells for Russia, doubled last year, the institute "
               "said."),
        ("en", "Russia's share of world arms exports fell to 9 percent, while Moscow now buys shells and missiles from "
               "North Korea."),
        ("de", "Die Rüstungsexporte Nordkoreas nach Russland haben sich verdoppelt, schätzt das Institut."),
        # units of one side given the other's arms
        ("ru", "Россия передала зенитные комплексы «Панцирь» северокорейским частям, охраняющим Пхеньян, утверждает "
               "разведка Сеула."),
        ("pl", "Rosja przekazała północnokoreańskim jednostkom obrony powietrznej systemy Pancyr, twierdzi wywiad "
               "Korei Południowej."),
        ("fr", "Selon Séoul, la Russie a livré des systèmes Pantsir aux unités nord-coréennes qui protègent "
               "Pyongyang."),
        ("ko", "러시아가 평양을 방어하는 북한군 부대에 판치르 방공체계를 넘겨주었다고 국정원이 밝혔다."),
        ("uk", "За даними ГУР, канали, налагоджені для КНДР, використали для передачі снарядів частинам армії "
               "Росії."),
        ("en", "Russian artillery brigades are firing North Korean shells in Ukraine, Kyiv says."),
        ("pl", "Rosyjskie jednostki artylerii otrzymały pociski z Korei Północnej, twierdzi Kijów."),
        ("ru", "Российские артиллерийские бригады получили снаряды из КНДР, утверждают в Киеве."),
        # a ship's cargo, and arms fired at Ukraine beside what was learned
        ("pl", "Ładunek statku, który przypłynął z Korei Północnej do Rosji, stanowiły pociski artyleryjskie."),
        ("en", "Russia is firing North Korean missiles at Ukrainian cities, and its officers say they have learned "
               "from each strike."),
    ],
)
def test_the_deal_stays_the_deal_beside_export_figures_and_units(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one of Ukraine's suppliers as the arms trader, the North only deriding it
        ("en", "Kim Yo Jong accused South Korea of arms dealing, calling Seoul a merchant of death that profits from "
               "the bloodshed in Europe. Russia has warned Seoul against arming Ukraine."),
        ("de", "Die Republik Korea betreibe Waffenhandel im Auftrag der USA, erklärte Kim Yo Jong laut KCNA. Russland "
               "hatte Seoul zuvor gewarnt."),
        ("de", "Kim Yo Jong wirft Südkorea Waffenhandel vor. Polen rüstet seit dem russischen Überfall auf die Ukraine "
               "auf."),
        ("fr", "Selon KCNA, Kim Yo-jong, sœur du dirigeant de la Corée du Nord, a raillé les marchands de canons de "
               "Séoul. La Pologne réarme depuis l'invasion de l'Ukraine par la Russie."),
        ("ru", "Ким Ё Чжон обвинила Сеул в наживе на поставках оружия Польше. Россия назвала сделку угрозой."),
        ("pl", "Kim Jo Dzong oskarżyła Koreę Południową o handel bronią, nazywając Seul handlarzem śmierci. Rosja "
               "ostrzegała Seul przed dostawami broni dla Ukrainy."),
        ("uk", "Кім Йо Чжон звинуватила Південну Корею в торгівлі зброєю з Польщею, повідомило ЦТАК. Росія застерегла "
               "Сеул від постачання зброї Україні."),
        # a satellite the North failed to put into orbit ("Erdumlaufbahn", one word)
        ("de", "Nordkorea ist erneut gescheitert, einen Aufklärungssatelliten in die Erdumlaufbahn zu bringen. "
               "Russland und China riefen zur Zurückhaltung auf."),
        ("de", "Nordkorea hat einen Aufklärungssatelliten in die Erdumlaufbahn gebracht, meldete KCNA. Russland "
               "äußerte sich nicht."),
    ],
)
def test_a_supplier_trading_arms_and_a_satellite_put_into_orbit_are_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the trade alleged is the North's, whoever alleges it, rejects it or sanctions its dealers
        ("en", "Kim Yo Jong rejected American claims of an arms trade as a fairy tale written in Washington. The "
               "United States says North Korea has sent millions of shells to Russia."),
        ("pl", "Kim Jo Dzong nazwała doniesienia o handlu bronią „fantazjami Seulu”. Waszyngton twierdzi, że Korea "
               "Północna wysłała Rosji miliony pocisków."),
        ("en", "The United States sanctioned two arms dealers who moved shells from North Korea. Russia denies "
               "receiving them."),
        # a partner named as the home of the design the goods were modelled on is no party
        ("de", "Russland soll Nordkorea beim Aufbau einer Fertigung von Kampfdrohnen nach dem Vorbild der Shahed aus "
               "dem Iran helfen, so der ukrainische Geheimdienst."),
        ("en", "Russia is helping North Korea build attack drones modelled on the Shahed from Iran, Ukrainian "
               "intelligence says."),
        ("pl", "Rosja pomaga Korei Północnej budować drony szturmowe wzorowane na Shahedach z Iranu, twierdzi "
               "ukraiński wywiad."),
        ("ru", "Россия помогает КНДР наладить выпуск ударных беспилотников по образцу «Шахедов» из Ирана, утверждает "
               "разведка Украины."),
        ("uk", "Росія допомагає КНДР налагодити випуск ударних дронів за зразком «Шахедів» з Ірану, стверджує "
               "українська розвідка."),
        ("fr", "La Russie aide la Corée du Nord à produire des drones d'attaque sur le modèle des Shahed de l'Iran, "
               "selon le renseignement ukrainien."),
    ],
)
def test_the_deal_stays_the_deal_beside_alleged_trade_and_a_partners_design(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize("text", [
    "Die britische Regierung hat drei Geschäftsleute sanktioniert, die für die Gruppe Wagner Raketen und Munition in "
    "Nordkorea eingekauft hatten.",
    "London sanktioniert Mittelsmänner der Gruppe Wagner wegen Raketenkäufen in Nordkorea.",
    "Moskau soll den Ankauf weiterer Granaten in Nordkorea vorbereiten, berichtet der Geheimdienst Südkoreas.",
])
def test_german_purchases_bought_in_or_glued_to_their_goods_are_the_deal(text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp("de")(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a side arming itself in a headline's clause of its own, the other side giving nothing in the other
        ("de", "Russland rüstet auf Rekordniveau, Nordkorea schweigt zu Zahlen."),
        ("pl", "Rosja zbroi się na rekordową skalę, Korea Północna milczy o liczbach."),
        # the North's own tank divisions rearmed
        ("ru", "Ким Чен Ын поручил к концу года перевооружить танковые дивизии новыми танками, сообщило агентство "
               "ЦТАК. Россия тем временем наращивает выпуск Т-90М."),
    ],
)
def test_a_side_arming_itself_beside_the_other_or_its_tank_divisions_is_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the other side giving in the other clause, and a headline's swap that leaves out the second verb
        ("de", "Russland rüstet auf, Nordkorea liefert Granaten."),
        ("de", "Nordkorea lieferte Haubitzen, Russland Flugabwehr."),
        ("fr", "Pyongyang aurait livré des KN-23, Moscou des Pantsir, selon Séoul."),
        # one side's tank units given the other's arms
        ("ru", "Российские танковые дивизии получили северокорейские снаряды, утверждают в Киеве."),
        ("en", "North Korean shells and rockets were handed to Russian tank brigades near Kursk, Kyiv says."),
    ],
)
def test_the_deal_stays_the_deal_in_headline_clauses_and_for_tank_units(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ships that "carried" the goods again and again (возити, not only везти)
        ("uk", "Сполучені Штати запровадили санкції проти суховантажів, які, за даними розвідки, возили контейнери з "
               "боєприпасами з північнокорейського порту Раджин до російського порту Восточний."),
        ("ru", "По данным разведки, эти суда возили контейнеры с боеприпасами из северокорейского порта Раджин в "
               "российский порт Восточный."),
        # French "de la Corée du Nord" after a verb of coming is where the goods come from
        ("fr", "La moitié des obus russes viendrait de la Corée du Nord, selon l'Ukraine."),
        ("fr", "Près de la moitié des obus tirés par l'artillerie russe proviendraient de la Corée du Nord, selon un "
               "rapport."),
    ],
)
def test_goods_carried_or_coming_from_the_north_are_the_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


def test_the_norths_own_arms_of_the_north_in_french_are_no_deal() -> None:
    """"de la Corée du Nord" as the North's (its nuclear arms), not as where goods come from."""
    text = ("Kim Jong-un a ordonné d'augmenter « de manière exponentielle » le nombre d'armes nucléaires de la Corée "
            "du Nord, lors de la visite d'un institut d'armement. Ce stock reste sans commune mesure avec celui de la "
            "Russie.")
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp("fr")(text)._.topics}


def test_an_opening_clause_ends_at_its_first_comma(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {russia: {actors: [Q159]}, dprk: {actors: [Q423]}, joint: {terms: {en: [while]}}},"
        " rules: [{match: {all: [russia, dprk], window: {clause: joint}}}]}]",
    )

    def found(text: str) -> bool:
        return "t" in {hit.id for hit in nlp(text)._.topics}

    assert not found("While Russia builds tanks, North Korea builds missiles.")
    assert not found("Russia builds tanks, while North Korea builds missiles.")
    # the opening clause over, the sides stand in one; with no comma after it, the sentence is one clause
    assert found("While it rained, Russia and North Korea held talks.")
    assert found("While Russia and North Korea held talks it rained.")
    # the parting word of one sentence parts nothing in the next
    assert found("Seoul watched while Tokyo waited. Russia and North Korea held talks.")


def _sentence_by_sentence(expr: Any, real: list[int], sentences: int, scope: int | str) -> int:
    """What ``expr`` says, read sentence by sentence straight from the rule language: the sentences with a hit
    (bits) where it holds. ``scope``: "article", or the number of sentences a group is looked for in (1: the
    sentence itself)."""
    full = 0
    for mask in real:
        full |= mask
    with_hits = [s for s in range(sentences) if full >> s & 1]

    def holds(expr: Any, s: int, scope: int | str) -> bool:
        if not isinstance(expr, tuple):
            if scope == "article":
                return real[expr] != 0
            return any(real[expr] >> t & 1 for t in range(max(s - int(scope) + 1, 0), s + 1))
        op, arg, win = expr
        if win == SOME:
            inner = arg if op == "not" else (op, arg, False)
            somewhere = any(holds(inner, t, 1) for t in with_hits)
            return not somewhere if op == "not" else somewhere
        if win is True:
            scope = "article"
        elif isinstance(win, tuple):
            scope = int(win[1])
        if op == "not":
            return not holds(arg, s, scope)
        found = (holds(item, s, scope) for item in arg)
        return all(found) if op == "all" else any(found)

    return sum(1 << s for s in with_hits if holds(expr, s, scope))


def test_compiled_rules_say_what_the_rule_language_says() -> None:
    """Every shipped rule, compiled (in-place bitmask operations, prefilters), against a plain reading of its
    expression sentence by sentence, on random Docs; groups near each other are groups like any other here."""
    rng = random.Random(7)
    sentences = 6
    held = 0
    for topic in load_topics(DEFAULT_RULES):
        compiled = compile_topic(topic)
        slots = len(compiled.groups) + len(compiled.near)
        for rule in compiled.compiled:
            if isinstance(rule.rule.window, int):
                continue  # windows of tokens are read from the hits' positions, not from bitmasks
            for _ in range(200):
                density = rng.choice((0.1, 0.3, 0.6, 0.9))
                real = [rng.getrandbits(sentences) if rng.random() < density else 0 for _ in range(slots)]
                full = 0
                for mask in real:
                    full |= mask
                everywhere = [full if mask else 0 for mask in real]
                if rule.rule.window == "article":
                    got = rule.holds(everywhere, everywhere, full, real)
                    want = _sentence_by_sentence(rule.rule.expr, real, sentences, "article")
                else:
                    got = rule.holds(real, everywhere, full, real)
                    want = _sentence_by_sentence(rule.rule.expr, real, sentences, 1)
                assert got == want, (topic.id, rule.rule.expr)
                held += bool(want)
    assert held > 300  # the random Docs meet the rules often enough to say something


def test_a_group_said_absent_from_a_window_of_sentences(tmp_path: Path) -> None:
    topic = _abc_topic(tmp_path, "{match: {all: [a, {not: b, window: {sentences: 2}}]}}")
    assert evaluate(topic, {"a": [(12, 1)], "b": [(3, 0)]}) == (0.0, [])
    assert evaluate(topic, {"a": [(22, 2)], "b": [(3, 0)]}) == (1.0, [2])


def test_explain_names_the_groups_of_each_sentence_and_the_rules_that_hold(tmp_path: Path) -> None:
    nlp = _nlp_with_rules(
        tmp_path,
        "topics: [{id: t, groups: {sent: {terms: {en: [sent]}}, arms: {terms: {en: [shells]}},"
        " praised: {terms: {en: [praised]}}},"
        " rules: [{weight: 1.0, match: {all: [sent, arms]}}, {weight: 0.4, match: {all: [praised]}},"
        " {weight: 0.5, match: {all: [arms, praised]}, window: article}]}]",
    )
    doc = nlp("The crowd praised the band. North Korea sent shells to Russia. Nothing else.")
    why = nlp.get_pipe("newsradar_topics").explain(doc, "t")
    assert why.groups == {0: ["praised"], 1: ["arms", "sent"]}
    assert why.rules == [(0, 1.0, [1]), (1, 0.4, [0]), (2, 0.5, [0, 1])]
    quiet = nlp.get_pipe("newsradar_topics").explain(nlp("Nothing at all happened."), "t")
    assert (quiet.groups, quiet.rules) == ({}, [])


def test_the_accuracy_bench_explains_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.accuracy import main

    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        '{"id": "a1", "lang": "en", "title": "", "text": "North Korea sent artillery shells to Russia.", '
        '"actors": ["Q159", "Q423"], "sentence_pairs": [["Q159", "Q423"]], "topics": ["ru-dprk-arms"]}\n',
        encoding="utf-8")
    assert main([str(labelled), "--explain", "a1"]) == 0
    out = capsys.readouterr().out
    assert "a1 (en) labelled ['ru-dprk-arms']" in out
    assert "  [0] North Korea sent artillery shells to Russia." in out  # no title: the text's first sentence
    lines = out.splitlines()
    groups = next(line.split("] ", 1)[1].split() for line in lines if line.startswith("    [0] "))
    assert {"arms", "dprk", "russia", "transfer_words"} <= set(groups)
    assert any(line.startswith("    rule ") and line.endswith("holds in [0]") for line in lines)
    assert main([str(labelled), "--explain", "nope"]) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a carrier rocket's launch with its satellites, the North named only in another item
        ("de", "Russland hat vom Kosmodrom Plessezk eine Sojus-Rakete mit drei Wettersatelliten ins All gebracht. "
               "Nordkorea eröffnete unterdessen ein Krankenhaus in Pjöngjang."),
        ("ko", "러시아는 플레세츠크 우주기지에서 통신위성 3기를 실은 소유스 로켓을 쏘아 올렸다. "
               "북한은 평양에 새 병원을 열었다고 조선중앙통신이 전했다."),
        ("en", "Russia launched a Soyuz rocket carrying three weather satellites from the Plesetsk cosmodrome. North "
               "Korea opened a new hospital in Pyongyang."),
        ("ru", "Россия запустила с космодрома Плесецк ракету «Союз», которая доставила на орбиту три метеоспутника. "
               "Северная Корея открыла в Пхеньяне новую больницу."),
    ],
)
def test_a_carrier_rocket_bringing_satellites_into_orbit_is_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the making in the North named as the goods' origin, Russia named in another sentence
        ("uk", "Слідчі показали уламки ракети, що впала на Запоріжжя. Позначки на двигуні ракети свідчать про "
               "виробництво в Північній Кореї. Росія відкидає ці висновки."),
        ("ru", "Эксперты изучили обломки ракеты, упавшей под Харьковом. Маркировка на корпусе ракеты указывает на "
               "производство в Северной Корее. Россия это отрицает."),
        ("pl", "Śledczy pokazali szczątki rakiety, która spadła na Charków. Numery seryjne pocisku wskazują na "
               "produkcję w Korei Północnej. Rosja zaprzecza."),
        ("en", "Investigators showed the debris of a missile that hit Kharkiv. The missile's serial numbers point to "
               "production in North Korea. Russia denies it."),
        ("de", "Ermittler in Kiew zeigten Trümmer einer Rakete. Die Seriennummern der Rakete deuten auf eine "
               "Herstellung in Nordkorea hin. Russland bestreitet das."),
        ("fr", "Les enquêteurs ont présenté les débris d'un missile tombé à Kharkiv. Les marquages du missile "
               "indiquent une fabrication en Corée du Nord. La Russie dément."),
    ],
)
def test_production_in_the_north_named_as_the_goods_origin_is_the_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the North busy with arms of its own in a clause of its own, Russia trading or arming elsewhere
        ("en", "Russia pitches fighter jets to Gulf buyers, North Korea parades missiles of its own design."),
        ("de", "Russland bleibt größter Waffenexporteur Afrikas, Nordkorea rüstet weiter auf."),
        ("uk", "Росія розширює продаж винищувачів, КНДР покладається на власні ракети."),
        ("ru", "Россия наращивает экспорт истребителей, КНДР полагается на собственные ракеты."),
        ("pl", "Rosja zwiększa eksport myśliwców, Korea Północna polega na własnych rakietach."),
        ("fr", "Moscou reçoit de nouveaux missiles iraniens, Pyongyang teste les siens."),
    ],
)
def test_the_north_with_arms_of_its_own_in_a_clause_of_its_own_is_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ... but the war links the clauses, or the North's goods stand in Russia's
        ("fr", "Le régime de Kim Jong-un multiplie les essais, tandis que ses obus alimentent l'artillerie russe en "
               "Ukraine."),
        ("en", "Russia fires North Korean shells at Kyiv, North Korea tests new missiles."),
    ],
)
def test_the_deal_stays_the_deal_beside_the_norths_own_tests(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the goods "from North Korea" of the sentence before, referred back to and carried to the front
        ("fr", "« Ils arrivent de Corée du Nord vers minuit », raconte une habitante d'un village russe de la "
               "frontière. Selon Séoul, ces trains transportent des obus destinés au front en Ukraine."),
        ("pl", "Pociągi z Korei Północnej przejeżdżają nocą przez most w Chasanie. Według Kijowa te pociągi wiozą "
               "pociski na front w Ukrainie. Rosja zaprzecza."),
        # munitions in the North's port "for Russia's war", as the United States say
        ("de", "Die USA veröffentlichten Satellitenbilder von Containern im Hafen Rajin, die nach ihren Angaben "
               "Munition für Russlands Krieg gegen die Ukraine enthielten."),
    ],
)
def test_the_norths_goods_carried_for_the_front_are_the_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" in {hit.id for hit in shipped_nlp(lang)(text)._.topics}


def test_what_a_missile_or_a_boat_can_carry_is_no_transfer() -> None:
    text = ("Both Russia and North Korea unveiled new submarines this year. The Russian boat can carry 16 "
            "intercontinental missiles, state media said.")
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp("en")(text)._.topics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a test's missile coming down at sea
        ("pl", "Pocisk z KRLD spadł do morza u wybrzeży Japonii. Rosja i Chiny zablokowały rezolucję ONZ."),
        ("de", "Eine Rakete aus Nordkorea stürzte ins Japanische Meer. Russland und China blockierten eine Erklärung "
               "des Sicherheitsrats."),
        # deliveries to Kyiv, the North not named in their sentence
        ("en", "“Moscow is testing our patience,” the Czech foreign minister said, calling on allies to speed up "
               "deliveries of air-defence systems to Kyiv. Only North Korea and Belarus voted with Russia."),
        ("fr", "« Moscou teste notre patience », a écrit le ministre tchèque, appelant les alliés à accélérer les "
               "livraisons d'obus à Kyiv. La Corée du Nord a voté avec la Russie à l'ONU."),
    ],
)
def test_a_missile_down_at_sea_and_deliveries_to_kyiv_are_no_deal(lang: str, text: str) -> None:
    assert "ru-dprk-arms" not in {hit.id for hit in shipped_nlp(lang)(text)._.topics}
