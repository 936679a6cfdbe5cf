# blind14 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Declan Morrow <d.morrow@postbox.example>",
         to="help@cyclo-share.example",
         subject="Bike 4471 - front end came apart on Carver Street",
         body="""\
Hi,

Yesterday around 17:50 I took bike 4471 from the dock outside Carver Street
station. Halfway down the hill, at maybe 25 km/h, the handlebars suddenly went
loose in my hands - the whole stem spun round while the wheel kept going
straight. I went over the front and landed on my chin.

Six stitches, two chipped front teeth, and my wrist is in a splint until they
have looked at the X-ray. A passer-by wheeled the bike back to the dock and I
think it's still there, so please pull it before somebody else takes it out.
The bolt on the stem was sticking out about a centimetre when I looked at it
afterwards.

I'd like to know who checked that bike last, and what happens now with the
dentist's bill.

Declan Morrow
07700 900412"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Venkataraman <priya.v@homemail.example>",
         to="care@audiocell.example",
         subject="Your size 13 battery cards",
         body="""\
My daughter is 20 months old. This afternoon she got hold of one of your
8-battery cards from my father's bedside table and peeled the foil back with
her fingernail - it came away in one piece, far too easily. When I found her
she had one of the batteries in her mouth and was drooling and coughing. There
are only six left on the card and the card was new.

We are sitting at the children's clinic waiting for an X-ray and the doctor
asked me which brand and which size, so: size 13, zinc-air, the lot number on
the back is ZA-2291-B.

Please tell me whether there is anything in them the doctors should know
about, and please look at how that foil is glued. Call me on 07700 900738,
I have my phone in my hand."""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Tom Okafor <tom.okafor@fastmail.example>",
         to="support@talkwell.example",
         subject="I have received someone else's session summary",
         body="""\
Hello,

This morning I got the usual "Your session summary is ready" e-mail from
TalkWell, but the PDF attached isn't mine. It belongs to a woman called
Rebecca - full name and date of birth on the first page - and it contains her
therapist's notes: her medication and doses, what she said about her marriage
and her drinking, the name of her employer.

I haven't forwarded it and I'll delete it as soon as you tell me you have what
you need. But if hers came to me, where did mine go? My session on Tuesday was
about things I have not told anyone in my family.

Please treat this as urgent and tell me what you are doing about it.

Tom"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Jess Halloran <jesshalloran@inbox.example>",
         to="support@inkcare.example",
         subject="Is this normal after using the Inkcare balm??",
         body="""\
Is it normal that the skin around my new tattoo has gone bright red and bumpy
two days after I started your Inkcare Repair Balm? It has spread about 5 cm
past the edges of the tattoo, it's hot to the touch, and last night small
blisters came up that are weeping a yellowish liquid. My artist says it's not
the ink, it's a reaction to the balm.

I've stopped using it. Is it safe to just wash it with water now or do I need
to see someone? Batch is IC-0419 if that helps.

Jess"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marianne Fletcher <m.fletcher@riverbendzoo.example>",
         to="support@gatewise.example",
         subject="URGENT - main gate, Riverbend Zoo",
         body="""\
Since we opened at 9:30 every single e-ticket is rejected at the turnstiles -
red cross, "ticket unknown". That is all the online bookings, around 1,900 for
today, plus three school groups.

We've opened the side gate and two of my staff are ticking names off a
printout by hand, but the queue goes back to the car park and people are
getting angry. The ticket office tills can still sell walk-up tickets, it's
only the ones bought online that won't scan.

Please call the duty manager on 020 7946 0381 straight away.

Marianne Fletcher
Visitor Operations, Riverbend Zoo"""),

    dict(n=6, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Lukas Brenner <lukas.brenner@bergpost.example>",
         to="support@trailmate.example",
         subject="App closes on start since update 4.2",
         body="""\
Hello,

since the app updated itself this morning (version 4.2.0, iPhone 13) it opens,
shows the logo for one second and closes again. Every time. I have reinstalled
it twice and restarted the phone, same thing.

I leave for a week in the Dolomites on Saturday and all my planned tours
(14 of them, with the hut stops) are saved only in the app, and I paid for
the premium year in June. Entschuldigung für mein Englisch, ich hoffe, es ist
verständlich. Is there a way to get the old version back or to open my tours
another way?

Lukas"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Aisha Rahman <aisha.r@quickmail.example>",
         to="app@screenhouse.example",
         subject="Loyalty app very slow",
         body="""\
Hi, the Screenhouse Rewards app has been really slow since the weekend - the
points page takes 30-40 seconds to load and the QR code for snacks sometimes
times out at the counter. It does get there in the end, and the website shows
my points fine, so not urgent, just annoying with a queue behind me.
Android 14, Pixel 7.
Cheers, Aisha"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sam Achterberg <sam@lowtidefestival.example>",
         to="ops-support@tapband.example",
         subject="Bars can't take wristbands - Low Tide Festival, stage B",
         body="""\
Phone line rings out so writing here as well.

Since 19:40 none of the 14 bar terminals around stage B accept a wristband
tap. Spinner, then "host unreachable". Stage A and the food village are fine.
Friday headliner is on at 21:00, 9,000 people in the field, and the bars in B
have stopped selling completely. We're handing out free water so people don't
all crowd the other bars.

Our on-site contact is Nadia, 07700 900155. Please call her now.

Sam
Low Tide Festival - production office"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-logins", qt=0, reply=0,
         frm="Kenji Watanabe-Hale <kenji@northbracket.example>",
         to="support@arenaflow.example",
         subject="64 players can't sign in - SMS codes never arrive",
         body="""\
Hi ArenaFlow,

We run the North Bracket Rocket League qualifier on your platform today.
Check-in opened at 14:00 and closes at 15:30. Since 14:00 nobody can sign in:
players type their number, the page says a code has been sent, and nothing
arrives. I've tested with four phones on three different carriers. Only the
ones who stayed signed in from yesterday get through - that's 6 out of 64.

If check-in doesn't happen the qualifier is void, and our sponsors are
streaming it from 16:00. Can you switch the codes to e-mail for today or let
us check players in manually?

Kenji - tournament admin"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Gordon Pryce <gpryce@oldmill.example>",
         to="billing@clearview-lenses.example",
         subject="Subscription",
         body="""\
Hello,

I've been with you for about three years now on the monthly daily-disposables
plan (order ref CV-118204) and on the whole I've been very happy - the boxes
come on time, the new cardboard packaging is much better than the old plastic
trays, and the reminders for my eye test are useful.

I changed my prescription last month after my optician appointment (left eye
went from -2.25 to -2.50) and updated it in my account on the 3rd. The new box
came fine. However, when I looked at my bank statement this morning there are
two payments of £38.50 to ClearView on the 5th, a few seconds apart. I only
got one box and one confirmation e-mail.

Could you refund the second one please? I presume the prescription change made
the system create a second order.

Many thanks,
Gordon Pryce"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Chloe Dunmore <chloe.dunmore@seabreeze.example>",
         to="bookings@harbourlight-marina.example",
         subject="Deposit still not back - need it by Friday",
         body="""\
Hi,

I rented the 6-berth Corsair from 12 to 19 July (booking HL-5530) and brought
it back on time; Martin checked it over at the pontoon and noted no damage. He
said the £1,200 deposit would be released within 5 working days. It has now
been 16 days and it's still held on my card.

I'm not exaggerating when I say I need that money: my rent is due on Friday
and that hold is most of my available balance. Please release it today or tell
me exactly what is holding it up.

Chloe Dunmore
07700 900621"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Oluwaseun Adeyemi <o.adeyemi@student.northgate.example>",
         to="fees@northgate-uni.example",
         subject="Invoice shows full-time fee but I'm part-time",
         body="""\
Dear Fees Office,

My invoice for 2025/26 (student no. 2208817) shows the full-time tuition fee
of £9,250. I transferred to part-time study (50%) in June and Registry
confirmed this in writing on 24 June, so the fee should be £4,625.

The first instalment is due on 1 October and I don't want to pay the wrong
amount or be flagged for non-payment. Could you reissue the invoice please?
I can send the Registry letter if needed.

Kind regards,
Oluwaseun Adeyemi"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Rachel Kim <rachelkim@familypost.example>",
         to="hello@pocketpal.example",
         subject="Small fee on Ellie's card",
         body="""\
Hi, just curious - there's a 49p "instant top-up" charge on my daughter's
PocketPal card from last Tuesday. Is that new? Not complaining, I'd just like
to know when it applies.
Thanks, Rachel"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Martin Ebbs <martin.ebbs@mailbox.example>",
         to="app-help@givelife.example",
         subject="Locked out of GiveLife app",
         body="""\
Hello, I tried to log in to move my platelet donation and after three wrong
passwords the app says my account is locked for security reasons and I should
contact you. The reset link never arrives (checked spam). Donor number
GL-447120. I'd like to move Thursday's appointment to next week, so I'd be
grateful if you could unlock it.
Martin"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Brenda Costa <brenda.costa@sunmail.example>",
         to="help@luckyline.example",
         subject="Login code",
         body="""\
Is it normal that the login code for LuckyLine only arrives about ten minutes
after I ask for it? By then the app says it has expired, I ask again, and the
same thing happens. I've tried five times since Sunday and still can't get
into my account to check my tickets. Same phone number as always, 555-0143.
Brenda"""),

    dict(n=16, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Hannah Lindqvist <hannah.l@northpost.example>",
         to="support@bloomcycle.example",
         subject="Question about my data",
         body="""\
Hi there,

First of all, I really love the app. A friend recommended it when we started
trying and it's been so much easier than the paper charts my mum used - the
temperature graph especially. My partner and I have been using the shared view
for about 18 months and he says it's the only app he's never deleted.

Last week I wanted to change the e-mail on my profile because I'm moving away
from my old work address. I went to Settings > Profile > E-mail, typed the new
address and it asked me to confirm. I tapped the link in the e-mail, and when
I opened the app again it showed the welcome screen as if I was a new user.
Logged in with the new address - empty. Logged in with the old one - "no
account found".

So as far as I can tell my profile is gone, with 18 months of temperatures,
cycle days and notes that my clinic asked me to bring to our appointment on
2 October. Is there any way to restore it? I haven't touched anything since,
in case that helps.

Thank you,
Hannah"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Dev Malhotra <devm@pitchside.example>",
         to="support@fantasy-pitch.example",
         subject="Two-step login?",
         body="""\
Hey, how do I turn on two-step verification for my fantasy league account?
Can't find it anywhere in the app settings.
Dev"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lauren Biggs <laurenb@partymail.example>",
         to="hello@micdrop-karaoke.example",
         subject="Saturday was a riot",
         body="""\
Just wanted to say your new sound system is absolutely killer. My sister
murdered "Total Eclipse of the Heart" and the whole room was on fire by
midnight. We'll be back for her hen do - do you take bookings for 15 in the
big room?
Lauren x"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Greg Tomlinson <greg.t@brightwire.example>",
         to="bookings@strikezone.example",
         subject="Re: Online booking on Saturday",
         body="""\
Thanks for getting back to me. Could we then book lanes 3 and 4 for Sunday
14 September, 2-4pm, for my son's 10th birthday? 12 kids plus a few parents.
Do you do the party food package on Sundays too?

Greg

On Mon, 8 Sep 2025 at 10:12, StrikeZone Bookings <bookings@strikezone.example> wrote:
> Hi Greg,
> Apologies - our online booking system was down for most of Saturday
> evening because of a server outage at our provider, so your request
> never reached us. Everything is back up now. Let us know the date you
> want and we'll hold the lanes.
> Best, Tasha"""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Irene Walcott <irene.walcott@greenleaf.example>",
         to="service@drybreeze.example",
         subject="Re: Dehumidifier DB-20 replacement",
         body="""\
Dear Mr Osei,

Just a line to say the replacement DB-20 arrived on Tuesday and has been
running all week without a hiccup. The old one had been cutting out every hour
and I was ready to throw it out of the window, so thank you for sorting it so
quickly - and for having the courier take the dead one away.

Best wishes,
Irene Walcott"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Colm Brady <colm.brady@westmail.example>",
         to="visit@harbour-aquarium.example",
         subject="Deadly Depths for a 5-year-old?",
         body="""\
Hello, we're visiting on the 22nd. Is the "Deadly Depths" shark tunnel OK for
a 5-year-old? She's been terrified of sharks since her big brother let her
watch Jaws, but she's also desperate to see them. Is there a way round it if
she panics halfway?
Thanks, Colm"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Inés Galarza <ines.galarza@correo.example>",
         to="info@kelpcove-surf.example",
         subject="Cancellation policy for group lesson",
         body="""\
Hello,

We are a group of six from Bilbao and want to book the 3-day beginners course
in August. Before we pay: what is your policy if a lesson is cancelled because
the waves are too dangerous or there is a thunderstorm warning? Do we get a
refund, a voucher, or another day?

Perdón si la pregunta es obvia, es nuestra primera vez surfeando en Inglaterra.

Thank you!
Inés"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Neil Ashcombe <neil.ashcombe@cornerhouse.example>",
         to="support@pureair-home.example",
         subject="Schedules not running on PureAir app",
         body="""\
Hi,

Since last Thursday the schedules I set in the PureAir app don't run. The
purifier in the nursery should switch to night mode at 19:00 and back to auto
at 07:00, and it just stays where it was. The app also says "last synced
4 days ago" for both units.

The buttons on the units themselves are fine, so for now I'm switching modes
by hand morning and evening. Not the end of the world, but I'd like it fixed.

Neil"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Fiona McAllister <fiona.mcallister@glenpost.example>",
         to="office@highland-trails.example",
         subject="Re: Refund for cancelled riding week - THIRD request",
         body="""\
This is the third time I'm writing. Nobody has replied and the phone goes
straight to voicemail.

Your office cancelled our riding week (27 July - 2 August, booking HT-0934)
because two of the horses were lame, and promised a full refund of £2,340
within 14 days. That was five weeks ago. I have been counting on that money
for the deposit on our new flat, which is due on Monday. If it isn't in my
account by Friday I'll go through my bank.

Fiona McAllister

On 12 Aug 2025, at 09:03, Fiona McAllister <fiona.mcallister@glenpost.example> wrote:
> Hello,
> Following Karen's call on 28 July cancelling our week, could you confirm
> when the refund of £2,340 will be paid back to my card? It still hasn't
> appeared.
> Thanks, Fiona"""),
]
