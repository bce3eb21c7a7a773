/**
 * Ordinary English words that a question may contain and that must never be "corrected" into a cue word or
 * a name ("exchange" is not "exchanged", "recently" is not "recent", "took" is not "look"). Not a dictionary:
 * the frequent words of questions, in their usual forms.
 */
export const ENGLISH_WORDS = new Set(
  `
about above across act acted acting action actually add added after afternoon again against ago agree ahead aid
aim air all allow allowed almost alone along already also although always among amount and another answer answered
answers any anybody anyone anything anyway anywhere appear appeared apply april area argue arm around arrive art
article as ask asked asking asks at attack attacks attempt available average avoid away back bad bank base based
basic basis be bear beat beautiful became because become becomes bed been before began begin behind being believe
below beside best better between beyond big bill bit black blue board body book born both bottom box boy break
bring brought build building built business busy but buy by call called calling calls came campaign can cannot
capital car card care career carry case catch cause center central century certain certainly chair chance change
changed changes character charge check child choice choose chose chosen church citizen city civil claim class
clear clearly close closed club cold collect college color colour come comes coming common community company
compare compared complete completely concern condition conference confirm confirmed consider contain contains
continue continued control cost could count country couple course court cover create crime cultural culture cup
current currently cut dark data daughter dead deal death debate decade decide decided decision deep defend degree
democrat describe described design despite detail determine develop developed development die difference
different difficult dinner direction director discover disease do doctor does dog doing done door down draw dream
drive drop drug during each early east easy eat economic economy edge education effect effort eight either
election else employee end ended energy enjoy enough enter entire environment especially establish even evening
event events ever every everybody everyone everything evidence exact exactly example exchange exchanges executive
exist expect expected experience expert explain eye face fact factor fail fall family far fast father fear feel
feeling few field fight figure fill film final finally financial find fine finish fire firm first fish five floor
fly follow followed follows food foot for force foreign forget form former forward found four free friend from
front full fund future game games garden gas general generation get gets getting girl give given gives glass go
goal goes going gone good got government great green ground group grow growth guess gun guy hair half hand hang
happen happened happens happy hard has have having he head health hear heard heart heat heavy held help her here
herself high him himself his history hit hold holds home hope hospital hot hotel hour hours house how however huge
human hundred husband idea identify if image imagine impact important improve in include included includes
including increase indeed indicate individual industry information inside instead institution interest
interesting international interview into investment involve is issue it item its itself job join joined joke
just keep key kid kill kind kitchen knew know knowledge known land language large last late later laugh law lawyer
lay lead leader leading learn least leave left leg legal less let letter level lie life light like likely line
list listen little live local long look looked looking lose loss lost lot love low machine made magazine main
maintain major majority make makes making man manage management manager many market marriage material matter may
maybe me mean meaning means measure media medical meet meeting member memory mention mentioned message method
middle might military million mind minute miss mission model modern moment money month more morning most mother
mouth move movement movie mr mrs much music must my myself name named nation national natural nature near nearly
necessary need network never new news newspaper next nice night no none nor north not note nothing notice now
number occur of off offer office officer official often oh oil ok old on once one only onto open operation
opportunity option or order organization other others our out outside over own owner page pain painting paper
parent part participant particular particularly partner party pass past patient pattern pay peace people per
perform performance perhaps period person personal phone physical pick picture piece place plan plant play player
point police policy political politics poor popular population position positive possible power practice prepare
present president pressure pretty prevent price private probably problem process produce product production
professional professor program project property protect prove provide public pull purpose push put quality
question quickly quite race radio raise raised range rate rather reach read ready real reality realize really
reason receive recent recently recognize record red reduce reflect region relate relationship religious remain
remember remove report represent require research resource respond response rest result return reveal rich right
rise risk road rock role room rule run safe said same save saw say saying says scene school science score sea
season seat second section security see seek seem seen sell send sends sending sent sense series serious serve service set seven
several shake share she shoot short shot should shoulder show side sign significant similar simple simply since
sing single sister sit site situation six size skill skin small smile so social society soldier some somebody
someone something sometimes son song soon sort sound source south southern space speak special specific speech
spend sport spring staff stage stand standard star start state statement station stay step still stock stop
store story strategy street strong structure student study stuff style subject success successful such suddenly
suffer suggest summer support sure surface system table take taken takes taking talk task tax teach teacher team
technology television tell ten tend term test than thank that the their them themselves then theory there these
they thing things think third this those though thought thousand threat three through throughout throw thus time
to today together told tonight too took top total tough toward town trade traditional training travel treat
treatment tree trial trip trouble true truth try turn tv two type under understand unit until up upon us use used
using usually value various very victim view violence visit voice vote wait walk wall want war watch water way we
weapon wear weather week weight well went were west western what whatever when where whether which while white
who whole whom whose why wide wife will win winner wind window wish with within without woman wonder word work
worked worker working works world worry would write writer wrong yard yeah year yes yet you young your yourself
won final grand league cricket football soccer rugby afl nrl olympics weather forecast price stock exchange rate
currency yen dollar aud usd euro recipe cook song movie film actor actress capital president emperor king queen
bitcoin crypto stock stocks password passwords admin root token secret secrets hack hacker hacking sql inject
injection script scripts code coding program programming python javascript typescript html css json xml api
table tables database databases column columns row rows server servers command commands shell bash system
prompt prompts instruction instructions ignore ignored previous prior earlier later pretend roleplay assistant
chatbot gpt ai model models language languages translate translation spell spelling grammar
framework frameworks partnership partnerships alliance alliances treaty treaties quad aukus nato asean
sydney melbourne brisbane perth adelaide darwin hobart osaka kyoto yokohama nagoya sapporo fukuoka kobe
hiroshima okinawa singapore jakarta washington london paris beijing seoul delhi
us usa america american americans uk britain british england english india indian china chinese korea korean
france french germany german europe european eu canada canadian zealand nz indonesia indonesian philippines
vietnam taiwan russia russian ukraine
`
    .split(/\s+/)
    .filter(Boolean),
);
